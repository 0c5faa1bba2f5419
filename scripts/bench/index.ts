// `npm run bench [-- --json] [--quick] [--skip=synth,build,scale,lighthouse,static,search,filter,pages,triage] [--only=triage,…]
// [--port=3225] [--url=URL] [--runs=5] [--pages=home,catalog,code,all,search]`; --only runs just the parts named (e.g. `npm run bench -- --only triage`);
// `ratio` names both Lighthouse parts: `npm run bench -- --only=ratio` needs a build (.next) and, for the static
// comparison, `npm run build:static` (out/), and takes ports --port to --port + 3.
// --url measures the pages (JS, Lighthouse) on a server already running, e.g. `npm run serve:static`.
// Reads: content/catalogs (the bundled catalogs: first-load JS, Lighthouse and the search p95 at their size).
// Writes: the bare page of issue #22 into .bench/bare (scripts/bench/bare.ts); synthetic catalogs, generated MDX and the triage part's synthetic logs into temp dirs (os.tmpdir), builds into .bench/dist-*;
// content/generated/ is regenerated from content/catalogs after each build.
// Prints a table of figures and budgets; with --json, one JSON object as the last line of stdout.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { LIGHTHOUSE_PATHS, PAGES, STATIC_PAGES, type LighthousePage, type Page } from "@/lib/bench/budgets";
import { emptyResult, evaluateBudgets, formatReport, toJson } from "@/lib/bench/result";
import { toSearchRows, worstP95 } from "@/lib/bench/search-rows";
import { round } from "@/lib/bench/stats";
import { loadCatalogDir } from "@/lib/catalog/load";
import { entriesOf } from "@/lib/catalog/model";
import { benchSearch } from "@/lib/search/bench";
import { syntheticCatalogs } from "@/lib/synthetic/generate";
import { measureBuild } from "./build";
import { firstLoadJsKb } from "./first-load-js";
import { timeGenerate } from "./generate";
import { alternatingRuns, openLighthouse } from "./lighthouse";
import { jsByIdle } from "./js-by-idle";
import { buildBare, BARE_DIR, serveBare } from "./bare";
import { lighthouseRatio, medianScores } from "@/lib/bench/ratio";
import { measureFilterToPaint } from "./filter-to-paint";
import { existingServer, serveBuild, serveStaticDir, type Server } from "./serve";
import { writeRealStyle, writeSynthetic } from "./synthesize";
import { benchTriage } from "./triage";
import { domainPath, isSplit, largestDomain } from "@/lib/catalog/domains";
import { routes } from "@/lib/routes";
import { distDir } from "@/lib/security/dist-dir";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    skip: { type: "string", default: "" },
    only: { type: "string" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3225" },
    url: { type: "string" },
    runs: { type: "string", default: "5" },
    pages: { type: "string" },
  },
});
/** `ratio`: both Lighthouse comparisons with the bare page, `npm start` and the static export. */
const parts = (list: string) => list.split(",").flatMap((s) => (s === "ratio" ? ["lighthouse", "static"] : s ? [s] : []));
const skip = new Set(parts(values.skip!));
const known = ["synth", "build", "scale", "lighthouse", "static", "search", "filter", "pages", "triage"];
for (const s of skip) if (!known.includes(s)) throw new Error(`--skip: unknown part "${s}" (known: ${known.join(", ")}, ratio)`);
if (values.only !== undefined) {
  const only = parts(values.only);
  for (const s of only) if (!known.includes(s)) throw new Error(`--only: unknown part "${s}" (known: ${known.join(", ")})`);
  known.filter((s) => !only.includes(s)).forEach((s) => skip.add(s));
}
if (values.quick) ["build", "scale", "lighthouse", "static", "filter", "pages", "triage"].forEach((s) => skip.add(s));
const port = Number(values.port);
const lighthouseRunsEach = Math.max(1, Number(values.runs));
/** The pages the Lighthouse parts measure (all by default), e.g. `--pages=catalog,all` while working on the table. */
const lighthousePages = (values.pages?.split(",").filter(Boolean) ?? Object.keys(LIGHTHOUSE_PATHS)) as LighthousePage[];
for (const p of lighthousePages) if (!(p in LIGHTHOUSE_PATHS)) throw new Error(`--pages: unknown page "${p}"`);
const log = (line: string) => console.error(line);

const counts = values.quick ? [200] : [1_000, 10_000, 100_000];
const result = emptyResult();
const notes = result.details.notes;
const tmp = mkdtempSync(path.join(os.tmpdir(), "errata-bench-"));
const realCatalogs = path.resolve("content", "catalogs");

/**
 * Home, the largest table and the largest catalog's first code, as URL paths. The largest table is the catalog page,
 * or, for a catalog split into domain pages, its largest domain's page.
 */
function pagePaths(catalogDir: string): Record<Page, string> {
  const catalog = [...loadCatalogDir(catalogDir)].sort((a, b) => b.errors.length - a.errors.length)[0]!;
  const largest = largestDomain(catalog);
  const table = isSplit(catalog) ? domainPath(catalog.slug, largest.slug) : routes.catalog(catalog.slug);
  return { home: "/", catalog: table, code: entriesOf(catalog)[0]!.url };
}

async function attempt(what: string, fn: () => Promise<void> | void) {
  try {
    await fn();
  } catch (e) {
    notes.push(`${what} failed: ${(e as Error).message.split("\n")[0]}`);
    log(String((e as Error).stack ?? e));
  }
}

/**
 * Lighthouse of each Errata page against the bare page, alternating run by run in one browser (issue #22), on the two
 * servers `start` returns (Errata's, then the bare page's); the bare page answers every path with the same page.
 */
async function compareWithBare(kind: "next start" | "static", pages: readonly LighthousePage[], start: readonly (() => Promise<Server>)[]) {
  const servers: Server[] = [];
  const session = await openLighthouse();
  try {
    for (const s of start) servers.push(await s());
    const [errata, bare] = servers as [Server, Server];
    for (const page of pages) {
      log(`bench: lighthouse ${LIGHTHOUSE_PATHS[page]} against the bare page (${kind}, ${lighthouseRunsEach} runs each, alternating)`);
      const runs = await alternatingRuns(session, `${bare.baseURL}/`, errata.baseURL + LIGHTHOUSE_PATHS[page], lighthouseRunsEach);
      result.details.lighthouseRuns.push({ page, server: kind, ...runs });
      if (kind === "static") {
        result.lighthouseStatic[page as (typeof STATIC_PAGES)[number]] = medianScores(runs.errata);
        result.lighthouseStaticRatio[page as (typeof STATIC_PAGES)[number]] = lighthouseRatio(runs.bare, runs.errata);
      } else {
        result.lighthouse[page] = medianScores(runs.errata);
        result.lighthouseRatio[page] = lighthouseRatio(runs.bare, runs.errata);
      }
    }
  } finally {
    session.close();
    for (const s of servers) await s.stop();
  }
}

async function main() {
  for (const codes of skip.has("synth") ? [] : counts) {
    const dir = path.join(tmp, `catalogs-${codes}`);
    log(`bench: synthesizing ${codes} codes`);
    result.details.synthesize.push({ codes, ms: writeSynthetic(dir, codes) });
    result.details.generate.push({ codes, ms: timeGenerate(dir, path.join(tmp, `generated-${codes}`)) });
  }

  if (!skip.has("search")) {
    await attempt("search", () => {
      // The bundled catalogs themselves, then synthetic ones at each size (the quick run stops at 200).
      const bundled = loadCatalogDir(realCatalogs);
      const bundledCodes = bundled.reduce((n, c) => n + c.errors.length, 0);
      log(`bench: search at ${bundledCodes} (bundled), ${counts.join(", ")} codes`);
      const rows = toSearchRows(
        benchSearch([bundledCodes, ...counts], (n) => (n === bundledCodes ? bundled : syntheticCatalogs({ codes: n }))),
      );
      result.details.search = rows;
      const at = (codes: number) => rows.find((r) => r.codes === codes);
      result.searchP95Ms = worstP95(at(bundledCodes)!);
      result.search100kP95Ms = at(100_000) ? worstP95(at(100_000)!) : null;
      // Per code, the figure at the largest size (fixed costs spread thinnest; it grows slowly with vocabulary).
      result.indexBytesPerCodeGz = rows.reduce((a, b) => (b.codes > a.codes ? b : a)).bytesPerCodeGz;
      result.firstUseIndexKbGz = Math.max(...rows.map((r) => r.firstUseKbGz));
      result.firstUseStaticIndexKbGz = Math.max(...rows.map((r) => r.firstUseStaticKbGz));
    });
  }

  let pagesDist: string | null = existsSync(path.join(".next", "BUILD_ID")) ? ".next" : null;
  let dist10k: string | null = null;
  const catalogs10k = path.join(tmp, "build-10k");
  if (!skip.has("build")) {
    await attempt("build at 181 codes", async () => {
      log("bench: next build of the bundled catalogs (181 codes)");
      const b = await measureBuild(realCatalogs, path.join(".bench", "dist-181"), log);
      result.details.builds.push({ codes: loadCatalogDir(realCatalogs).reduce((n, c) => n + c.errors.length, 0), ...b });
      pagesDist = path.join(".bench", "dist-181");
    });
    await attempt("build at 10k codes", async () => {
      // One catalog of 10,000 codes in one domain: its domain page is the 10k-row table the filter benchmark needs.
      writeSynthetic(catalogs10k, 10_000, 1, 1);
      log("bench: next build of 10,000 synthetic codes in one catalog");
      const b = await measureBuild(catalogs10k, path.join(".bench", "dist-10k"), log);
      result.details.builds.push({ codes: 10_000, ...b });
      result.build10kSeconds = b.seconds;
      result.build10kPeakMb = b.peakMb;
      dist10k = path.join(".bench", "dist-10k");
    });
  }

  if (!skip.has("scale")) {
    await attempt("scale build", async () => {
      // The bundled catalogs plus 3,000 codes in the styles of real ones, 2,000 of them in one catalog of 30 domains.
      const dir = path.join(tmp, "catalogs-scale");
      writeRealStyle(dir, 3_000);
      for (const file of readdirSync(realCatalogs)) copyFileSync(path.join(realCatalogs, file), path.join(dir, file));
      log("bench: next build of the bundled catalogs + 3,000 real-style codes");
      const dist = path.join(".bench", "dist-scale");
      const b = await measureBuild(dir, dist, log);
      result.details.builds.push({ codes: 3_000 + loadCatalogDir(realCatalogs).reduce((n, c) => n + c.errors.length, 0), ...b });
      result.buildRealStyle3kSeconds = b.seconds;
      const server = await serveBuild(dist, dir, port);
      try {
        const big = loadCatalogDir(dir).sort((a, b) => b.errors.length - a.errors.length)[0]!;
        const largest = largestDomain(big);
        const kb = async (p: string) => Math.round(Buffer.byteLength(await (await fetch(server.baseURL + p)).text()) / 100) / 10;
        result.catalog2kHtmlKb = await kb(routes.catalog(big.slug));
        result.domainPage2kHtmlKb = await kb(domainPath(big.slug, largest.slug));
      } finally {
        await server.stop();
      }
    });
  }

  if (!skip.has("pages") && (pagesDist || values.url)) {
    let server: Server | undefined;
    await attempt("pages", async () => {
      server = values.url ? existingServer(values.url) : await serveBuild(pagesDist!, undefined, port);
      const paths = pagePaths(realCatalogs);
      for (const page of PAGES) result.firstLoadJsKb[page] = await firstLoadJsKb(server.baseURL + paths[page]);
      log("bench: JavaScript fetched by network idle (catalog and code pages, Chromium)");
      const pages = ["catalog", "code"] as const;
      const idle = await jsByIdle(pages.map((p) => server!.baseURL + paths[p]));
      pages.forEach((page, i) => {
        result.jsByIdleKb[page] = idle[i]!.kb;
        result.details.jsByIdle.push({ page, url: paths[page], scripts: idle[i]!.scripts });
      });
    });
    await server?.stop();
  } else if (!skip.has("pages")) {
    notes.push("pages: no build to serve (run `npm run build` or drop --skip=build)");
  }

  if (!skip.has("lighthouse") || !skip.has("static")) {
    await attempt("bare page build", () => buildBare(log));
  }
  if (!skip.has("lighthouse") && (pagesDist || values.url)) {
    await attempt("lighthouse against the bare page", async () => {
      await compareWithBare("next start", lighthousePages, [
        async () => (values.url ? existingServer(values.url) : serveBuild(pagesDist!, undefined, port)),
        () => serveBare(port + 1),
      ]);
    });
  } else if (!skip.has("lighthouse")) {
    notes.push("lighthouse: no build to serve (run `npm run build` or drop --skip=build)");
  }
  if (!skip.has("static")) {
    await attempt("lighthouse of the static export against the bare page's", async () => {
      if (!existsSync(path.join("out", "index.html")))
        return void notes.push("static: no static export in out/ (run `npm run build:static` first); not measured");
      await compareWithBare(
        "static",
        STATIC_PAGES.filter((p) => lighthousePages.includes(p)),
        [() => serveStaticDir("out", port + 2), () => serveStaticDir(path.join(BARE_DIR, "out"), port + 3)],
      );
    });
  }

  if (!skip.has("filter")) {
    await attempt("filter", async () => {
      if (!dist10k) return void notes.push("filter: needs the 10k build; not measured");
      const server = await serveBuild(dist10k, catalogs10k, port);
      try {
        const { p50, p95 } = await measureFilterToPaint({ baseURL: server.baseURL, catalogPath: pagePaths(catalogs10k).catalog, runs: 60 });
        result.details.filterToPaint = { codes: 10_000, p50: round(p50), p95: round(p95) };
        result.filterToPaint10kP95Ms = round(p95);
      } finally {
        await server.stop();
      }
    });
  }

  if (!skip.has("triage")) {
    await attempt("triage", async () => {
      // The browser figure needs the site: the build in .next (or --url), served as `npm start` serves it.
      const server = values.url
        ? existingServer(values.url)
        : existsSync(path.join(distDir(), "BUILD_ID"))
          ? await serveBuild(distDir(), undefined, port)
          : undefined;
      try {
        result.triage = await benchTriage(log, notes, server?.baseURL);
      } finally {
        await server?.stop();
      }
    });
  }

  notes.push(
    `machine: ${os.cpus().length} cores, Node ${process.versions.node}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at the end`,
  );
  const outcomes = evaluateBudgets(result);
  console.log(formatReport(result, outcomes));
  if (values.json) console.log(toJson(result, outcomes));
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => rmSync(tmp, { recursive: true, force: true }));
