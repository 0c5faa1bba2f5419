import type { SearchBenchRow } from "../search/bench";
import type { SearchRow } from "./result";
import { round } from "./stats";

/** Turns the rows of lib/search/bench.ts (benchSearch) into the benchmark report's SearchRow. */
export function toSearchRows(rows: readonly SearchBenchRow[]): SearchRow[] {
  return rows.map((r) => ({
    codes: r.codes,
    buildMs: round(r.buildMs, 1),
    bytesPerCodeGz: round(r.bytesPerCodeGz, 1),
    // Both first-use figures come from lib/search/strategy.ts, the function the browser decides with.
    firstUseKbGz: round(r.firstUseGz / 1000, 1),
    firstUseStaticKbGz: round(r.firstUseStaticGz / 1000, 1),
    largestShardKbGz: round(r.largestShardGz / 1000, 1),
    exact: { p50: round(r.queries.exact.p50, 3), p95: round(r.queries.exact.p95, 3) },
    partial: { p50: round(r.queries.partial.p50, 3), p95: round(r.queries.partial.p95, 3) },
    word: { p50: round(r.queries.word.p50, 3), p95: round(r.queries.word.p95, 3) },
  }));
}

/** The slowest p95 of the three query kinds. */
export const worstP95 = (row: SearchRow) => Math.max(row.exact.p95, row.partial.p95, row.word.p95);
