import { LOCAL_MAX_CODES } from "../search/client";
import type { SearchBenchRow } from "../search/bench";
import type { SearchRow } from "./result";
import { round } from "./stats";

/**
 * Gzipped bytes the browser fetches when search is first used: up to LOCAL_MAX_CODES codes it downloads the
 * manifest and every shard (lib/search/client.ts); above that only the manifest, and queries go to /api/search.
 */
export function firstUseBytesGz(row: Pick<SearchBenchRow, "codes" | "firstUseGz" | "manifestGz">): number {
  return row.codes > LOCAL_MAX_CODES ? row.manifestGz : row.firstUseGz;
}

/** Turns the rows of lib/search/bench.ts (benchSearch) into the benchmark report's SearchRow. */
export function toSearchRows(rows: readonly SearchBenchRow[]): SearchRow[] {
  return rows.map((r) => ({
    codes: r.codes,
    buildMs: round(r.buildMs, 1),
    bytesPerCodeGz: round(r.bytesPerCodeGz, 1),
    firstUseKbGz: round(firstUseBytesGz(r) / 1000, 1),
    largestShardKbGz: round(r.largestShardGz / 1000, 1),
    exact: { p50: round(r.queries.exact.p50, 3), p95: round(r.queries.exact.p95, 3) },
    partial: { p50: round(r.queries.partial.p50, 3), p95: round(r.queries.partial.p95, 3) },
    word: { p50: round(r.queries.word.p50, 3), p95: round(r.queries.word.p95, 3) },
  }));
}

/** The slowest p95 of the three query kinds. */
export const worstP95 = (row: SearchRow) => Math.max(row.exact.p95, row.partial.p95, row.word.p95);
