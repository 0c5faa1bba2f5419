import {
  BUDGETS,
  LIGHTHOUSE_PAGES,
  LIGHTHOUSE_PATHS,
  PAGES,
  type Budget,
  type LighthousePage,
  type Page,
  type StaticPage,
} from "./budgets";
import type { LighthouseRatio, LighthouseScores } from "./ratio";

export type { LighthouseRatio, LighthouseScores } from "./ratio";

/** Every Lighthouse run of one page, bare and Errata alternating, for the record. */
export interface LighthouseRuns {
  page: LighthousePage;
  server: "next start" | "static";
  bare: LighthouseScores[];
  errata: LighthouseScores[];
}

/** One script a page fetched by network idle, and whether it counts towards jsByIdleKb. */
export interface IdleScript {
  url: string;
  kbGz: number;
  /** Why it is left out: it loads on use (Search, Try it). */
  excluded?: string;
}

export interface SearchRow {
  codes: number;
  buildMs: number;
  bytesPerCodeGz: number;
  /** What the browser fetches on first use with /api/search deployed (lib/search/strategy.ts decides). */
  firstUseKbGz: number;
  /** The same for the static export, where big sites load shard files on demand. */
  firstUseStaticKbGz: number;
  largestShardKbGz: number;
  exact: { p50: number; p95: number };
  partial: { p50: number; p95: number };
  word: { p50: number; p95: number };
}

export interface BuildRow {
  codes: number;
  seconds: number;
  peakMb: number | null;
  cpuSeconds: number | null;
}

/** The triage part (issue #21): detection on a labelled synthetic log, and the CLI on big files. */
export interface TriageBench {
  /** Percent of the occurrences found that are labelled so (catalog, code and line). */
  precision: number;
  /** Percent of the labelled occurrences found. */
  recall: number;
  labelled: { lines: number; truePositives: number; falsePositives: number; falseNegatives: number };
  /**
   * `npm run triage -- FILE --json` on a generated file of throughputFileMb MB (1 GB), wall clock from spawn to exit,
   * start-up included: the sustained rate a CI job or a shell gets on a big log.
   */
  throughputMbPerS: number;
  throughputFileMb: number;
  throughputSeconds: number;
  /** The CLI process's peak RSS on that 1 GB file. */
  peakRss1GbMb: number | null;
  /** The same on a file of about 300 MB, where start-up (about 2 s) weighs more: memory flat in the file's size. */
  small: { fileMb: number; mbPerS: number; peakRssMb: number | null };
  /** /triage in Chromium: from choosing a 25 MB file to its findings painted (median of 3), served as `npm start`. */
  browser: { fileMb: number; medianMs: number; runsMs: number[]; findings: number } | null;
}

/** Everything one benchmark run measured; null where a figure was not measured. */
export interface BenchResult {
  searchP95Ms: number | null;
  search100kP95Ms: number | null;
  indexBytesPerCodeGz: number | null;
  firstUseIndexKbGz: number | null;
  firstUseStaticIndexKbGz: number | null;
  filterToPaint10kP95Ms: number | null;
  build10kSeconds: number | null;
  build10kPeakMb: number | null;
  /** The bundled catalogs plus 3,000 codes in the styles of real catalogs (lib/synthetic/real-style.ts). */
  buildRealStyle3kSeconds: number | null;
  /** HTML of the 2,000-code, 30-domain catalog's page (an index of its domains) and of its largest domain page. */
  catalog2kHtmlKb: number | null;
  domainPage2kHtmlKb: number | null;
  firstLoadJsKb: Record<Page, number | null>;
  /** Every script a real Chromium fetched by network idle, lazy chunks included, Search and Try it excepted. */
  jsByIdleKb: Record<"catalog" | "code", number | null>;
  /** Lighthouse medians of Errata's pages under `npm start`, absolute: for the record; the ratios are the budgets. */
  lighthouse: Record<LighthousePage, LighthouseScores | null>;
  /** Errata's medians over the bare page's, from the same alternating run, with the bare medians beside them. */
  lighthouseRatio: Record<LighthousePage, LighthouseRatio | null>;
  /** The same for the static export against the bare page's static export, both under `npm run serve:static`. */
  lighthouseStatic: Record<StaticPage, LighthouseScores | null>;
  lighthouseStaticRatio: Record<StaticPage, LighthouseRatio | null>;
  triage: TriageBench | null;
  details: {
    synthesize: { codes: number; ms: number }[];
    generate: { codes: number; ms: number }[];
    search: SearchRow[];
    builds: BuildRow[];
    filterToPaint: { codes: number; p50: number; p95: number } | null;
    jsByIdle: { page: "catalog" | "code"; url: string; scripts: IdleScript[] }[];
    lighthouseRuns: LighthouseRuns[];
    notes: string[];
  };
}

export function emptyResult(): BenchResult {
  return {
    searchP95Ms: null,
    search100kP95Ms: null,
    indexBytesPerCodeGz: null,
    firstUseIndexKbGz: null,
    firstUseStaticIndexKbGz: null,
    filterToPaint10kP95Ms: null,
    build10kSeconds: null,
    build10kPeakMb: null,
    buildRealStyle3kSeconds: null,
    catalog2kHtmlKb: null,
    domainPage2kHtmlKb: null,
    firstLoadJsKb: { home: null, catalog: null, code: null },
    jsByIdleKb: { catalog: null, code: null },
    lighthouse: { home: null, catalog: null, code: null, all: null, search: null },
    lighthouseRatio: { home: null, catalog: null, code: null, all: null, search: null },
    lighthouseStatic: { home: null, catalog: null, code: null, all: null },
    lighthouseStaticRatio: { home: null, catalog: null, code: null, all: null },
    triage: null,
    details: {
      synthesize: [],
      generate: [],
      search: [],
      builds: [],
      filterToPaint: null,
      jsByIdle: [],
      lighthouseRuns: [],
      notes: [],
    },
  };
}

export type BudgetStatus = "met" | "missed" | "not measured";

export interface BudgetOutcome {
  budget: Budget;
  value: number | null;
  status: BudgetStatus;
}

/** The value at a dotted path, or null when any step is missing or not a finite number. */
export function valueAt(result: unknown, key: string): number | null {
  let node: unknown = result;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "number" && Number.isFinite(node) ? node : null;
}

export function meets(value: number, budget: Pick<Budget, "op" | "limit">): boolean {
  switch (budget.op) {
    case "<":
      return value < budget.limit;
    case "<=":
      return value <= budget.limit;
    case ">=":
      return value >= budget.limit;
  }
}

export function evaluateBudgets(result: BenchResult, budgets: readonly Budget[] = BUDGETS): BudgetOutcome[] {
  return budgets.map((budget) => {
    const value = valueAt(result, budget.key);
    return { budget, value, status: value === null ? "not measured" : meets(value, budget) ? "met" : "missed" };
  });
}

/** The one JSON object `npm run bench -- --json` prints last: the result plus each budget's outcome. */
export function toJson(result: BenchResult, outcomes: readonly BudgetOutcome[]): string {
  return JSON.stringify({
    ...result,
    budgets: outcomes.map((o) => ({ key: o.budget.key, op: o.budget.op, limit: o.budget.limit, value: o.value, status: o.status })),
  });
}

/** A plain-text table with left-aligned columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const fmt = (value: number | null, unit = "") => (value === null ? "not available" : `${value}${unit ? ` ${unit}` : ""}`);

/** The human-readable report: measurements per size, then every budget with met/missed. */
export function formatReport(result: BenchResult, outcomes: readonly BudgetOutcome[]): string {
  const d = result.details;
  const parts: string[] = [];
  if (d.synthesize.length || d.generate.length) {
    const codes = [...new Set([...d.synthesize, ...d.generate].map((r) => r.codes))];
    parts.push(
      "Synthetic catalogs and generate",
      table(
        ["codes", "synthesize ms", "generate ms"],
        codes.map((c) => [
          String(c),
          fmt(d.synthesize.find((r) => r.codes === c)?.ms ?? null),
          fmt(d.generate.find((r) => r.codes === c)?.ms ?? null),
        ]),
      ),
    );
  }
  parts.push(
    "Search",
    d.search.length
      ? table(
          [
            "codes",
            "index ms",
            "B/code gz",
            "first use kB gz",
            "static first use kB gz",
            "largest shard kB gz",
            "exact p50/p95",
            "partial p50/p95",
            "word p50/p95",
          ],
          d.search.map((s) => [
            String(s.codes),
            String(s.buildMs),
            String(s.bytesPerCodeGz),
            String(s.firstUseKbGz),
            String(s.firstUseStaticKbGz),
            String(s.largestShardKbGz),
            `${s.exact.p50}/${s.exact.p95} ms`,
            `${s.partial.p50}/${s.partial.p95} ms`,
            `${s.word.p50}/${s.word.p95} ms`,
          ]),
        )
      : "not available",
  );
  parts.push(
    "Builds (validate + generate + next build)",
    d.builds.length
      ? table(
          ["codes", "wall s", "CPU s", "peak MB"],
          d.builds.map((b) => [String(b.codes), String(b.seconds), fmt(b.cpuSeconds), fmt(b.peakMb)]),
        )
      : "not measured",
  );
  parts.push(
    "Pages: JavaScript (gzip kB)",
    table(
      ["page", "first-load JS", "JS by network idle (Search, Try it excepted)"],
      PAGES.map((p) => [p, fmt(result.firstLoadJsKb[p]), p === "home" ? "-" : fmt(result.jsByIdleKb[p])]),
    ),
  );
  for (const [title, scores, ratios] of [
    ["Lighthouse (mobile) against the bare page, `npm start` and `next start`", result.lighthouse, result.lighthouseRatio],
    [
      "Lighthouse (mobile) against the bare page, static exports under `npm run serve:static`",
      result.lighthouseStatic,
      result.lighthouseStaticRatio,
    ],
  ] as const) {
    const pages = LIGHTHOUSE_PAGES.filter((p) => p in scores);
    const s = (v: number | null | undefined) => (v === undefined || v === null ? "-" : String(v));
    parts.push(
      title + " (ratios: medians of Errata / medians of the bare page, same run)",
      table(
        [
          "page",
          "LCP ×",
          "FCP ×",
          "TBT ×",
          "perf − bare",
          "LCP ms (bare)",
          "FCP ms (bare)",
          "TBT ms (bare)",
          "perf (bare)",
          "a11y",
          "best pr.",
          "SEO",
          "CLS",
        ],
        pages.map((p) => {
          const lh = (scores as Record<string, LighthouseScores | null>)[p];
          const r = (ratios as Record<string, LighthouseRatio | null>)[p];
          return [
            `${p} ${LIGHTHOUSE_PATHS[p]}`,
            s(r?.lcp),
            s(r?.fcp),
            s(r?.tbt),
            s(r?.performanceDelta),
            `${s(lh?.lcpMs)} (${s(r?.bare.lcpMs)})`,
            `${s(lh?.fcpMs)} (${s(r?.bare.fcpMs)})`,
            `${s(lh?.tbtMs)} (${s(r?.bare.tbtMs)})`,
            `${s(lh?.performance)} (${s(r?.bare.performance)})`,
            s(lh?.accessibility),
            s(lh?.bestPractices),
            s(lh?.seo),
            s(lh?.cls),
          ];
        }),
      ),
    );
  }
  parts.push(
    `HTML of a 2,000-code catalog in 30 domains: catalog page ${fmt(result.catalog2kHtmlKb, "kB")}, largest domain page ${fmt(result.domainPage2kHtmlKb, "kB")}`,
  );
  const t = result.triage;
  parts.push(
    `Triage: ${
      t
        ? `precision ${t.precision}%, recall ${t.recall}% on ${t.labelled.lines} labelled lines (${t.labelled.falsePositives} false, ${t.labelled.falseNegatives} missed); CLI ${t.throughputMbPerS} MB/s on ${t.throughputFileMb} MB (${t.throughputSeconds} s), ${t.small.mbPerS} MB/s on ${t.small.fileMb} MB; peak RSS ${fmt(t.peakRss1GbMb, "MB")} on 1 GB, ${fmt(t.small.peakRssMb, "MB")} on ${t.small.fileMb} MB; browser ${t.browser ? `${t.browser.medianMs} ms for ${t.browser.fileMb} MB (${t.browser.findings} codes shown)` : "not measured"}`
        : "not measured"
    }`,
  );
  parts.push(
    `Filter-to-paint: ${d.filterToPaint ? `p50 ${d.filterToPaint.p50} ms, p95 ${d.filterToPaint.p95} ms at ${d.filterToPaint.codes} rows` : "not available"}`,
  );
  parts.push(
    "Budgets",
    table(
      ["budget", "limit", "measured", "status"],
      outcomes.map((o) => [
        o.budget.label,
        `${o.budget.op} ${o.budget.limit}${o.budget.unit ? ` ${o.budget.unit}` : ""}`,
        fmt(o.value, o.budget.unit),
        o.status,
      ]),
    ),
  );
  const counts = (s: BudgetStatus) => outcomes.filter((o) => o.status === s).length;
  parts.push(`${counts("met")} met, ${counts("missed")} missed, ${counts("not measured")} not measured`);
  if (d.notes.length) parts.push(["Notes", ...d.notes.map((n) => `- ${n}`)].join("\n"));
  return parts.join("\n\n");
}
