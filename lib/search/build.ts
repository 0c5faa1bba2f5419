import type { Catalog } from "../catalog/schema";
import type { ShardData } from "./records";
import { buildShard } from "./shard";

/** The small file the browser fetches first: which shards exist and what each holds. */
export interface Manifest {
  version: 1;
  shards: { slug: string; name: string; format: string; count: number; file: string }[];
}

export const MANIFEST_FILE = "manifest.json";

export function shardFile(slug: string): string {
  return `${slug}.json`;
}

/** The whole exported index: a manifest plus one shard per catalog, each plain JSON. */
export function buildExport(catalogs: readonly Catalog[]): { manifest: Manifest; shards: ShardData[] } {
  const shards = catalogs.map((c) => buildShard([c]));
  return {
    manifest: {
      version: 1,
      shards: shards.map((s) => ({ ...s.catalogs[0]!, count: s.records.length, file: shardFile(s.catalogs[0]!.slug) })),
    },
    shards,
  };
}
