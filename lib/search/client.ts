import type { Manifest } from "./build";
import { SearchEngine, type SearchOutcome } from "./engine";
import { highlightRanges } from "./highlight";
import type { ShardData } from "./records";
import { queryTerms } from "./text";

/** Above this many codes the browser asks the server instead of downloading every shard. */
export const LOCAL_MAX_CODES = 20_000;
const BASE = "/search-index/";

export interface ClientSearch {
  search(query: string, limit: number): Promise<SearchOutcome>;
  mode: "local" | "server";
}

interface ApiHit {
  catalog: string;
  code: string;
  status: number | string;
  title: string | null;
  message: string;
  url: string;
  score: number;
  matched: SearchOutcome["results"][number]["matched"];
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Loads search for the browser on first use: the manifest, then every catalog's shard in parallel into one
 * engine. For very large sites (over LOCAL_MAX_CODES) it answers through /api/search, which runs the same engine.
 */
export async function loadClientSearch(): Promise<ClientSearch> {
  const manifest = await json<Manifest>(`${BASE}manifest.json`);
  const total = manifest.shards.reduce((n, s) => n + s.count, 0);
  if (total > LOCAL_MAX_CODES) {
    const names = new Map(manifest.shards.map((s) => [s.slug, s.name]));
    return {
      mode: "server",
      async search(query, limit) {
        const body = await json<{ query: string; results: ApiHit[]; identified?: SearchOutcome["identified"] }>(
          `/api/search?q=${encodeURIComponent(query)}&limit=${limit}`,
        );
        const terms = queryTerms(query);
        return {
          ...body,
          results: body.results.map((h) => ({
            ...h,
            title: h.title ?? undefined,
            catalogName: names.get(h.catalog) ?? h.catalog,
            domain: "",
            snippet: { field: "message" as const, ranges: highlightRanges(h.message, terms) },
          })),
        };
      },
    };
  }
  const shards = await Promise.all(manifest.shards.map((s) => json<ShardData>(`${BASE}${s.file}`)));
  const engine = SearchEngine.from(shards);
  return { mode: "local", search: async (query, limit) => engine.search(query, limit) };
}
