import type { Catalog } from "../catalog/schema";
import { MANIFEST_FILE, SHARD_MAX_GZ, shardFile, type Manifest } from "./manifest";
import type { ShardData } from "./records";
import { catalogShards } from "./split";

export { MANIFEST_FILE, type Manifest };

export interface ExportOptions {
  /** Whether /api/search is deployed alongside (false for the static export). */
  searchApi: boolean;
  /** Largest shard file, gzipped bytes. */
  maxShardGz?: number;
}

/** The whole exported index: a manifest plus the shard files it lists (`shards[i]` is `manifest.shards[i]`). */
export function buildExport(catalogs: readonly Catalog[], options: ExportOptions): { manifest: Manifest; shards: ShardData[] } {
  const entries: Manifest["shards"] = [];
  const shards: ShardData[] = [];
  for (const c of catalogs) {
    catalogShards(c, options.maxShardGz ?? SHARD_MAX_GZ).forEach((s, i) => {
      entries.push({ ...s.data.catalogs[0]!, count: s.data.records.length, file: shardFile(c.slug, i + 1), bytesGz: s.bytesGz });
      shards.push(s.data);
    });
  }
  return { manifest: { version: 1, searchApi: options.searchApi, shards: entries }, shards };
}
