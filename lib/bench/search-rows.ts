import type { SearchRow } from "./result";
import { round } from "./stats";

type Loose = Record<string, unknown>;
const num = (o: Loose, ...keys: string[]): number => {
  for (const k of keys) if (typeof o[k] === "number") return o[k] as number;
  return Number.NaN;
};
const pair = (o: Loose, key: string) => {
  const v = (o[key] ?? {}) as Loose;
  return { p50: round(num(v, "p50", "p50Ms"), 3), p95: round(num(v, "p95", "p95Ms"), 3) };
};

/**
 * Normalizes what lib/search/bench.ts returns (an array of rows, or a record keyed by code count)
 * into SearchRow, tolerating the field names it may use.
 */
export function normalizeSearchRows(raw: unknown): SearchRow[] {
  const rows: Loose[] = Array.isArray(raw)
    ? (raw as Loose[])
    : raw && typeof raw === "object"
      ? Object.entries(raw as Record<string, Loose>).map(([codes, row]) => ({ codes: Number(codes), ...row }))
      : [];
  return rows.map((r) => ({
    codes: num(r, "codes", "count"),
    buildMs: round(num(r, "indexBuildMs", "buildMs"), 1),
    bytesPerCodeGz: round(num(r, "bytesPerCodeGz", "indexBytesPerCodeGz"), 1),
    firstUseKbGz: round(num(r, "firstUseBytesGz", "firstUseGzBytes") / 1000, 1),
    exact: pair(r, "exact"),
    partial: pair(r, "partial"),
    word: pair(r, "word"),
  }));
}

/** The slowest p95 of the three query kinds. */
export const worstP95 = (row: SearchRow) => Math.max(row.exact.p95, row.partial.p95, row.word.p95);
