import { performance } from "node:perf_hooks";
import type { Catalog } from "../catalog/schema";
import { buildExport } from "./build";
import { SearchEngine } from "./engine";
import { buildShard } from "./shard";
import { gzipBytes as gz } from "./split";
import { firstUseBytesGz } from "./strategy";
import { syntheticCatalogs } from "../synthetic/generate";
import { words } from "./text";

export interface SearchBenchRow {
  codes: number;
  buildMs: number;
  /** Index plus records, gzipped, per code. */
  bytesPerCodeGz: number;
  /** Gzipped bytes the browser fetches on first use with /api/search deployed (searchStrategy decides). */
  firstUseGz: number;
  /** The same in the static export (no /api/search): every shard, or on demand the manifest and one shard file. */
  firstUseStaticGz: number;
  /** The manifest and every shard file: what a browser holds once it has loaded everything. */
  allShardsGz: number;
  manifestGz: number;
  largestShardGz: number;
  /** Shard files exported (catalogs past SHARD_MAX_GZ are split). */
  shardFiles: number;
  queries: Record<"exact" | "partial" | "word", { p50: number; p95: number }>;
}

function percentiles(samples: number[]): { p50: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 1000) / 1000;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Deterministic picks from the catalogs, so every run times the same queries. */
function queriesFor(catalogs: Catalog[], n: number) {
  const entries = catalogs.flatMap((c) => c.errors);
  const pick = (i: number) => entries[(i * 7919) % entries.length]!;
  const exact = Array.from({ length: n }, (_, i) => pick(i).code.toLowerCase().replace(/[_:]/g, "-"));
  const partial = Array.from({ length: n }, (_, i) => {
    const parts = words(pick(i).code);
    return parts[parts.length - 1]!;
  });
  const word = Array.from({ length: n }, (_, i) => {
    const ws = words(pick(i).message).filter((w) => w.length > 3);
    return ws.slice(0, 2).join(" ") || "token";
  });
  return { exact, partial, word };
}

function time(engine: SearchEngine, queries: string[]): { p50: number; p95: number } {
  // Steady state: one untimed pass lets the JIT settle before the timed one.
  for (const q of queries) engine.search(q, 10);
  const samples = queries.map((q) => {
    const t = performance.now();
    engine.search(q, 10);
    return performance.now() - t;
  });
  return percentiles(samples);
}

/** The exported index's sizes, and what first use fetches with and without /api/search (the manifest says which). */
function exportSizes(catalogs: Catalog[]) {
  const { manifest } = buildExport(catalogs, { searchApi: true });
  const staticManifest = { ...manifest, searchApi: false };
  const shardGz = manifest.shards.map((s) => s.bytesGz);
  const manifestGz = gz(manifest);
  return {
    manifest: manifestGz,
    total: shardGz.reduce((a, b) => a + b, 0),
    largest: Math.max(...shardGz),
    files: shardGz.length,
    firstUse: firstUseBytesGz(manifest, manifestGz),
    firstUseStatic: firstUseBytesGz(staticManifest, gz(staticManifest)),
  };
}

/** Build time, exported size and query latency of the search index at each catalog size. */
export function benchSearch(counts: number[] = [181, 100_000], catalogsFor?: (codes: number) => Catalog[]): SearchBenchRow[] {
  return counts.map((codes) => {
    const catalogs = catalogsFor?.(codes) ?? syntheticCatalogs({ codes });
    // What the browser would fetch, shard files per catalog; measured first so it is garbage before the timing.
    const sizes = exportSizes(catalogs);
    // The server's engine: every catalog in one index, built, exported and imported as in production.
    const t = performance.now();
    const engine = SearchEngine.from([buildShard(catalogs)]);
    const buildMs = Math.round(performance.now() - t);
    const q = queriesFor(catalogs, 300);
    return {
      codes,
      buildMs,
      bytesPerCodeGz: Math.round((sizes.total / codes) * 10) / 10,
      firstUseGz: sizes.firstUse,
      firstUseStaticGz: sizes.firstUseStatic,
      allShardsGz: sizes.manifest + sizes.total,
      manifestGz: sizes.manifest,
      largestShardGz: sizes.largest,
      shardFiles: sizes.files,
      queries: { exact: time(engine, q.exact), partial: time(engine, q.partial), word: time(engine, q.word) },
    };
  });
}
