// Reads: nothing. Writes: synthetic catalog YAML into the given directory (a temp dir, never content/).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { Catalog } from "@/lib/catalog/schema";
import { syntheticCatalogs } from "@/lib/synthetic/generate";
import { realStyleCatalogs } from "@/lib/synthetic/real-style";

/** Writes `codes` synthetic codes into `dir` and returns the milliseconds it took. */
export function writeSynthetic(dir: string, codes: number, catalogs?: number, domains?: number): number {
  return write(dir, syntheticCatalogs({ codes, catalogs, seed: 1, ...(domains ? { domains } : {}) }));
}

/** Writes `codes` codes in the styles of real catalogs (lib/synthetic/real-style.ts) into `dir`. */
export function writeRealStyle(dir: string, codes: number): number {
  return write(dir, realStyleCatalogs(codes));
}

function write(dir: string, catalogs: Catalog[]): number {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const catalog of catalogs) writeFileSync(path.join(dir, `${catalog.slug}.yaml`), stringify(catalog));
  return Math.round(performance.now() - started);
}
