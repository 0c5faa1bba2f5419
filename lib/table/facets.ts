import type { RetryAdvice } from "../catalog/operations";
import type { TableRow } from "./rows";

/** The built-in facets, in the order they are shown; "catalog" only exists on the all-catalogs table. */
export const facetKeys = ["catalog", "domain", "status", "class", "retry"] as const;
export type BuiltinFacetKey = (typeof facetKeys)[number];
/** A built-in facet, or a var a catalog lists under `facets:` (its name, e.g. "type"). */
export type FacetKey = string;

/** Every facet of a table: the built-in ones, then the catalog's vars facets. */
export function allFacetKeys(varFacets: readonly string[] = []): FacetKey[] {
  return [...facetKeys, ...varFacets];
}

const isBuiltin = (key: FacetKey): key is BuiltinFacetKey => (facetKeys as readonly string[]).includes(key);

/** A vars facet's value for a code that does not set the var. */
export const NO_VALUE = "(none)";

export function facetTitle(key: FacetKey): string {
  return isBuiltin(key) ? facetTitles[key] : key;
}

export const facetTitles: Record<BuiltinFacetKey, string> = {
  catalog: "Catalog",
  domain: "Domain",
  status: "HTTP status",
  class: "Status class",
  retry: "Retry",
};

/** The Retry facet's values, most retryable first, with short labels (the code page says each in full). */
export const retryFacetLabels: Record<RetryAdvice, string> = {
  "with-backoff": "Yes, with backoff",
  "after-reauth": "After re-authenticating",
  "after-fix": "After changing the request",
  no: "No",
};
const retryOrder = Object.keys(retryFacetLabels);

export function facetValue(row: TableRow, key: FacetKey): string {
  if (!isBuiltin(key)) return row.facets?.[key] ?? NO_VALUE;
  switch (key) {
    case "catalog":
      return row.catalog;
    case "domain":
      return row.domain;
    case "status":
      return row.status === undefined ? NO_STATUS : String(row.status);
    case "class":
      return row.statusClass;
    case "retry":
      return row.retry;
  }
}

/** The status facet's value (and the Status class facet's) for a code sent without an HTTP status. */
export const NO_STATUS = "none";

/**
 * Sort key for a status value: exact statuses ascend, a documented class ("5xx") follows its exact statuses, and codes
 * without a status come last.
 */
export function statusOrder(status: string | number | undefined): number {
  if (status === undefined || status === NO_STATUS) return 1000;
  const n = Number(status);
  return Number.isFinite(n) ? n : Number(String(status)[0]) * 100 + 99.5;
}

export type Selection = Partial<Record<FacetKey, readonly string[]>>;

export interface FacetOption {
  value: string;
  label: string;
}

/** Every value a facet can take in these rows: domains and catalogs in source order, statuses ascending. */
export function facetOptions(rows: readonly TableRow[], key: FacetKey, catalogNames: Record<string, string> = {}): FacetOption[] {
  const seen = new Set<string>();
  for (const row of rows) seen.add(facetValue(row, key));
  const values = [...seen];
  if (key === "status") values.sort((a, b) => statusOrder(a) - statusOrder(b));
  if (key === "class") values.sort();
  if (key === "retry") values.sort((a, b) => retryOrder.indexOf(a) - retryOrder.indexOf(b));
  // Vars values alphabetically, codes without the var last.
  if (!isBuiltin(key)) values.sort((a, b) => Number(a === NO_VALUE) - Number(b === NO_VALUE) || a.localeCompare(b));
  return values.map((value) => ({ value, label: optionLabel(key, value, catalogNames) }));
}

function optionLabel(key: FacetKey, value: string, catalogNames: Record<string, string>): string {
  if (key === "catalog") return catalogNames[value] ?? value;
  if (key === "retry") return retryFacetLabels[value as RetryAdvice] ?? value;
  // Statuses are labelled by value alone ("401 (13)"), as the status column already gives the reason phrase; a code
  // documented only by its class is "5xx, class only", so it is not mistaken for the Status class facet's "5xx".
  if (key === "status" && /xx$/.test(value)) return `${value}, class only`;
  return value;
}

/** Keeps only selected values that exist among the options, so a stale or hand-edited URL cannot empty the table. */
export function sanitizeSelection(selection: Selection, options: Partial<Record<FacetKey, readonly FacetOption[]>>): Selection {
  const clean: Selection = {};
  for (const key of Object.keys(options)) {
    const allowed = new Set((options[key] ?? []).map((o) => o.value));
    const values = (selection[key] ?? []).filter((v) => allowed.has(v));
    if (values.length) clean[key] = [...new Set(values)];
  }
  return clean;
}

function activeSets(selection: Selection): [FacetKey, Set<string>][] {
  return Object.keys(selection)
    .filter((k) => (selection[k]?.length ?? 0) > 0)
    .map((k) => [k, new Set(selection[k])]);
}

/** Whether a row passes every facet, optionally ignoring one (for that facet's own counts). */
function passes(row: TableRow, sets: [FacetKey, Set<string>][], except?: FacetKey): boolean {
  for (const [key, set] of sets) if (key !== except && !set.has(facetValue(row, key))) return false;
  return true;
}

/** Indexes of rows that match the query (given as a per-row flag) and every selected facet. */
export function filterIndexes(rows: readonly TableRow[], queryMatch: (index: number) => boolean, selection: Selection): Uint8Array {
  const sets = activeSets(selection);
  const keep = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) keep[i] = queryMatch(i) && passes(rows[i]!, sets) ? 1 : 0;
  return keep;
}

export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Faceted-search counts: each facet's values are counted over the rows matching the query and every OTHER facet,
 * so ticking "401" leaves the other status counts visible while domain counts narrow to 401s.
 */
export function facetCounts(
  rows: readonly TableRow[],
  queryMatch: (index: number) => boolean,
  selection: Selection,
  keys: readonly FacetKey[] = facetKeys,
): FacetCounts {
  const sets = activeSets(selection);
  const counts: FacetCounts = Object.fromEntries(keys.map((k) => [k, new Map<string, number>()]));
  for (let i = 0; i < rows.length; i++) {
    if (!queryMatch(i)) continue;
    const row = rows[i]!;
    // Which facets reject this row: counting for facet K needs all others to accept it.
    let failing: FacetKey | undefined;
    let failures = 0;
    for (const [key, set] of sets) {
      if (!set.has(facetValue(row, key))) {
        failing = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (const key of keys) {
      if (failures === 1 && key !== failing) continue;
      const value = facetValue(row, key);
      const map = counts[key]!;
      map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
