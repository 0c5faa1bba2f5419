/** The small file the browser fetches first: which shard files exist, what each holds and how big it is. */
export interface Manifest {
  version: 1;
  /** Whether /api/search is deployed (false in the static export, which has no server). */
  searchApi: boolean;
  /**
   * One entry per shard file, in catalog order. A catalog whose index would exceed SHARD_MAX_GZ is split into
   * several consecutive parts of its codes, each an entry of its own with the same slug.
   */
  shards: ManifestShard[];
}

export interface ManifestShard {
  slug: string;
  name: string;
  format: string;
  /** Codes in this file. */
  count: number;
  file: string;
  /** The file's size gzipped, in bytes. */
  bytesGz: number;
}

export const MANIFEST_FILE = "manifest.json";

/** A shard file is at most this big gzipped (unless a single code is bigger); larger catalogs are split. */
export const SHARD_MAX_GZ = 60_000;

/** `{slug}.json` for a catalog's first (or only) part, then `{slug}.2.json`, `{slug}.3.json`… (slugs have no dots). */
export function shardFile(slug: string, part = 1): string {
  return part === 1 ? `${slug}.json` : `${slug}.${part}.json`;
}
