import type { Manifest } from "./manifest";

/** The first-use budget: up to this many gzipped bytes of shards, the browser downloads them all at once. */
export const FIRST_USE_MAX_GZ = 100_000;

/**
 * How the browser searches:
 * - "local": every shard fits the first-use budget, so it downloads them all on first use and searches itself;
 * - "server": too big, and /api/search is deployed, so it fetches only the manifest and asks the server;
 * - "on-demand": too big and no server (the static export), so it loads shard files one by one as the user searches.
 */
export type SearchMode = "local" | "server" | "on-demand";

type Sizes = Pick<Manifest, "searchApi"> & { shards: readonly Pick<Manifest["shards"][number], "bytesGz">[] };

export function searchStrategy(manifest: Sizes): SearchMode {
  const total = manifest.shards.reduce((n, s) => n + s.bytesGz, 0);
  if (total <= FIRST_USE_MAX_GZ) return "local";
  return manifest.searchApi ? "server" : "on-demand";
}

/**
 * Gzipped bytes fetched when search is first used, manifest included: every shard when local; nothing more when the
 * server answers; on demand, the first shard file, which depends on the page, so the largest of them.
 */
export function firstUseBytesGz(manifest: Sizes, manifestGz: number): number {
  const sizes = manifest.shards.map((s) => s.bytesGz);
  switch (searchStrategy(manifest)) {
    case "local":
      return manifestGz + sizes.reduce((a, b) => a + b, 0);
    case "server":
      return manifestGz;
    case "on-demand":
      return manifestGz + Math.max(0, ...sizes);
  }
}

/** The catalog a page belongs to: `accounts` for /catalogs/accounts and /catalogs/accounts/acct-001. */
export function catalogOfPath(pathname: string): string | undefined {
  return /^\/catalogs\/([^/?#]+)/.exec(pathname)?.[1];
}

/** Shard files in the order to load them on demand: the current catalog's parts first, then the rest in catalog order. */
export function loadOrder(manifest: Pick<Manifest, "shards">, currentSlug?: string): string[] {
  const mine = manifest.shards.filter((s) => s.slug === currentSlug);
  const rest = manifest.shards.filter((s) => s.slug !== currentSlug);
  return [...mine, ...rest].map((s) => s.file);
}
