import type { Catalog } from "../catalog/schema";
import { entriesOf, type Entry } from "../catalog/model";
import { statusClassOf } from "../http-status";
import { SERVER_FAULT_WORDS, statusCheckText } from "../catalog/server-fault";
import { meaningOf, MEANINGS } from "./meaning";
import type { Finding, FindingCode } from "./types";

const ref = (e: Entry): FindingCode => ({ catalog: e.catalog, code: e.code, status: e.status, url: e.url });

function finding(f: Omit<Finding, "severity" | "catalogs">): Finding {
  const catalogs = [...new Set(f.codes.map((c) => c.catalog))];
  return { ...f, severity: "warning", catalogs };
}

/** Words that name a server fault, a missing thing or a conflict, and the statuses that fit them. */
const STATUS_RULES: { words: RegExp; fits: (s: Entry["status"]) => boolean; expected: string; why: string }[] = [
  {
    words: SERVER_FAULT_WORDS,
    fits: (s) => statusClassOf(s) === "5xx",
    expected: "a 5xx status",
    why: "names a server fault, which the client cannot fix",
  },
  { words: /not found|does not exist/, fits: (s) => s === 404, expected: "404 Not Found", why: "says something was not found" },
  {
    words: /already (exists|registered|taken)|duplicate/,
    fits: (s) => s === 409,
    expected: "409 Conflict",
    why: "says the resource already exists",
  },
  { words: /rate limit|too many requests/, fits: (s) => s === 429, expected: "429 Too Many Requests", why: "says a rate limit was hit" },
];

/** Codes whose status contradicts what their code or message says (system:internal_error as 400). */
export function statusMeaning(catalogs: readonly Catalog[]): Finding[] {
  const out: Finding[] = [];
  for (const entry of catalogs.flatMap(entriesOf)) {
    // A code sent without a status has none to contradict its meaning.
    if (entry.status === undefined) continue;
    const text = statusCheckText(entry);
    const rule = STATUS_RULES.find((r) => r.words.test(text));
    if (!rule || rule.fits(entry.status)) continue;
    out.push(
      finding({
        id: `status-meaning:${entry.catalog}:${entry.code}`,
        kind: "status-meaning",
        title: `${entry.code} is ${entry.status} but ${rule.why}`,
        detail: `“${entry.message}” suggests ${rule.expected}; the catalog documents ${entry.status}.`,
        codes: [ref(entry)],
      }),
    );
  }
  return out;
}

/** Statuses are the same meaning's if equal, or if one is a class ("5xx") the other falls in. */
function statusKey(s: NonNullable<Entry["status"]>): string {
  return typeof s === "number" ? String(s) : s;
}

/** One meaning (token expired, not found…) answered with different statuses by different catalogs. */
export function statusDiffers(catalogs: readonly Catalog[]): Finding[] {
  const byMeaning = new Map<string, Entry[]>();
  for (const entry of catalogs.flatMap(entriesOf)) {
    if (entry.status === undefined) continue;
    const meaning = meaningOf(entry);
    if (meaning) byMeaning.set(meaning.key, [...(byMeaning.get(meaning.key) ?? []), entry]);
  }
  const out: Finding[] = [];
  for (const meaning of MEANINGS) {
    const entries = byMeaning.get(meaning.key) ?? [];
    // The status each catalog uses most for this meaning; a class only counts if no exact status disagrees with it.
    const perCatalog = new Map<string, Set<string>>();
    for (const e of entries) perCatalog.set(e.catalog, (perCatalog.get(e.catalog) ?? new Set()).add(statusKey(e.status!)));
    if (perCatalog.size < 2) continue;
    const exact = new Set(entries.filter((e) => typeof e.status === "number").map((e) => statusKey(e.status!)));
    const classes = new Set(entries.filter((e) => typeof e.status === "string").map((e) => statusKey(e.status!)));
    const uncovered = [...classes].filter((c) => ![...exact].some((s) => s[0] === c[0]));
    if (exact.size + uncovered.length < 2) continue;
    const summary = [...perCatalog].map(([catalog, statuses]) => `${catalog}: ${[...statuses].sort().join("/")}`).join("; ");
    out.push(
      finding({
        id: `status-differs:${meaning.key}`,
        kind: "status-differs",
        title: `“${meaning.label}” is answered with ${[...exact, ...uncovered].sort().join(", ")}`,
        detail: `Catalogs disagree on the status for ${meaning.label} (${summary}). A client handling one service’s rule will mishandle another’s.`,
        codes: entries.map(ref),
      }),
    );
  }
  return out;
}

function normalizeMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!\s]+$/, "")
    .trim();
}

/** Different codes in one catalog with the same message: a client cannot tell them apart from the text. */
export function duplicateMessages(catalogs: readonly Catalog[]): Finding[] {
  const out: Finding[] = [];
  for (const catalog of catalogs) {
    const groups = new Map<string, Entry[]>();
    for (const e of entriesOf(catalog)) {
      const key = normalizeMessage(e.message);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const codes = group.map((e) => e.code);
      out.push(
        finding({
          id: `duplicate-message:${catalog.slug}:${codes.join(",")}`,
          kind: "duplicate-message",
          title: `${codes.join(" and ")} share one message`,
          detail: `“${group[0]!.message}” is the message of ${codes.length} codes in ${catalog.service.name}; users and logs cannot tell them apart.`,
          codes: group.map(ref),
        }),
      );
    }
  }
  return out;
}

/**
 * Codes documented with a status below 400 (Okta answers one condition with 202): clients that treat only 4xx and 5xx
 * as errors will take them for success, so each is worth a second look.
 */
export function statusBelow400(catalogs: readonly Catalog[]): Finding[] {
  const out: Finding[] = [];
  for (const catalog of catalogs) {
    const low = entriesOf(catalog).filter((e) => e.status !== undefined && Number(String(e.status)[0]) < 4);
    if (low.length === 0) continue;
    out.push(
      finding({
        id: `status-below-400:${catalog.slug}`,
        kind: "status-below-400",
        title: `${low.length} ${low.length === 1 ? "code is" : "codes are"} documented with a status below 400 in ${catalog.service.name}`,
        detail: `${low.map((e) => `${e.code} (${e.status})`).join(", ")}: a client that treats only 4xx and 5xx answers as errors will take ${low.length === 1 ? "it" : "them"} for success. Check the status, or say in the entry why the API sends it.`,
        codes: low.map(ref),
      }),
    );
  }
  return out;
}
