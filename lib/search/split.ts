import { gzipSync } from "node:zlib";
import type { Catalog } from "../catalog/schema";
import type { ShardData } from "./records";
import { buildShard } from "./shard";

/** Gzipped size of a value as JSON, as it is served. */
export function gzipBytes(value: unknown): number {
  return gzipSync(JSON.stringify(value)).length;
}

export interface SizedShard {
  data: ShardData;
  bytesGz: number;
}

function sized(catalog: Catalog, errors: Catalog["errors"]): SizedShard {
  const data = buildShard([{ ...catalog, errors }]);
  return { data, bytesGz: gzipBytes(data) };
}

/**
 * A catalog's shards: one if its index fits in `maxGz` gzipped, otherwise consecutive runs of its codes of equal
 * length, as few as keep every part within `maxGz`. Each part is a shard of its own (records numbered from 0), so
 * the engine maps its hits to this catalog as it does for a whole one.
 */
export function catalogShards(catalog: Catalog, maxGz: number): SizedShard[] {
  const whole = sized(catalog, catalog.errors);
  const n = catalog.errors.length;
  if (whole.bytesGz <= maxGz || n <= 1) return [whole];
  for (let parts = Math.max(2, Math.ceil(whole.bytesGz / maxGz)); parts < n; parts++) {
    const size = Math.ceil(n / parts);
    const shards: SizedShard[] = [];
    for (let at = 0; at < n; at += size) shards.push(sized(catalog, catalog.errors.slice(at, at + size)));
    if (shards.every((s) => s.bytesGz <= maxGz)) return shards;
  }
  return catalog.errors.map((e) => sized(catalog, [e]));
}
