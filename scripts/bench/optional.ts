// Reads: the search and table benchmarks when they exist on this branch. Writes: nothing.
// They are built by other work; until they land, their figures are reported as not available.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface SearchBenchRow {
  codes: number;
  indexBuildMs: number;
  bytesPerCodeGz: number;
  firstUseBytesGz: number;
  exact: { p50: number; p95: number };
  partial: { p50: number; p95: number };
  word: { p50: number; p95: number };
}

export type BenchSearch = (counts: number[]) => Promise<SearchBenchRow[]> | SearchBenchRow[];
export type MeasureFilterToPaint = (o: { baseURL: string; catalogPath: string; runs?: number }) => Promise<{ p50: number; p95: number; samples: number[] }>;

async function load<T>(file: string, name: string): Promise<T | null> {
  const full = path.resolve(file);
  if (!existsSync(full)) return null;
  const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  const fn = mod[name];
  return typeof fn === "function" ? (fn as T) : null;
}

export const loadBenchSearch = () => load<BenchSearch>("lib/search/bench.ts", "benchSearch");
export const loadFilterToPaint = () => load<MeasureFilterToPaint>("scripts/bench/filter-to-paint.ts", "measureFilterToPaint");
