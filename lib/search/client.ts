import type { SearchOutcome } from "./engine";
import { SearchEngine } from "./engine";
import { highlightRanges } from "./highlight";
import { MANIFEST_FILE, type Manifest } from "./manifest";
import { onDemandSearch, type SearchProgress } from "./on-demand";
import type { ShardData } from "./records";
import { catalogOfPath, loadOrder, searchStrategy, type SearchMode } from "./strategy";
import { queryTerms } from "./text";
import { routes } from "../routes";

const BASE = "/search-index/";

export type { SearchMode, SearchProgress };

export interface ClientSearch {
  search(query: string, limit: number): Promise<SearchOutcome>;
  mode: SearchMode;
  /** How much of the index the browser holds (on demand it grows as the user searches; otherwise it is complete). */
  progress(): SearchProgress;
  /** Called when more of the index arrives (on demand only); returns the unsubscribe. */
  onProgress(listener: (p: SearchProgress) => void): () => void;
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
  /** Asked for with placeholders=1: the message's declared placeholder names. */
  placeholders?: string[];
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const complete = (total: number) => () => ({ loaded: total, failed: 0, total });
const noProgress = () => () => undefined;

function serverSearch(manifest: Manifest): ClientSearch {
  const names = new Map(manifest.shards.map((s) => [s.slug, s.name]));
  return {
    mode: "server",
    progress: complete(0),
    onProgress: noProgress,
    async search(query, limit) {
      const body = await json<{ query: string; results: ApiHit[]; identified?: SearchOutcome["identified"] }>(
        routes.apiSearch(query, limit, true),
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

/**
 * Loads search for the browser on first use, as searchStrategy decides from the manifest: every shard at once into
 * one engine (small sites), /api/search (big sites with a server), or shard files on demand, the catalog of
 * `pathname` first (big static sites).
 */
export async function loadClientSearch(pathname = globalThis.location?.pathname ?? "/"): Promise<ClientSearch> {
  const manifest = await json<Manifest>(`${BASE}${MANIFEST_FILE}`);
  const shard = (file: string) => json<ShardData>(`${BASE}${file}`);
  switch (searchStrategy(manifest)) {
    case "server":
      return serverSearch(manifest);
    case "on-demand":
      return { mode: "on-demand", ...onDemandSearch(loadOrder(manifest, catalogOfPath(pathname)), shard) };
    case "local": {
      const engine = SearchEngine.from(await Promise.all(manifest.shards.map((s) => shard(s.file))));
      return {
        mode: "local",
        search: async (query, limit) => engine.search(query, limit),
        progress: complete(manifest.shards.length),
        onProgress: noProgress,
      };
    }
  }
}
