// Reads: nothing. Writes: synthetic catalog YAML into the given directory (a temp dir, never content/).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { syntheticCatalogs } from "@/lib/synthetic/generate";

/** Writes `codes` synthetic codes into `dir` and returns the milliseconds it took. */
export function writeSynthetic(dir: string, codes: number, catalogs?: number): number {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const catalog of syntheticCatalogs({ codes, catalogs, seed: 1 })) {
    writeFileSync(path.join(dir, `${catalog.slug}.yaml`), stringify(catalog));
  }
  return Math.round(performance.now() - started);
}
