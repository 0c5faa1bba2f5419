import { SearchEngine, type SearchOutcome } from "./engine";
import type { ShardData } from "./records";

/** Shard files loaded so far, that failed, and in all; search covers everything once loaded + failed = total. */
export interface SearchProgress {
  loaded: number;
  failed: number;
  total: number;
}

export interface OnDemandSearch {
  search(query: string, limit: number): Promise<SearchOutcome>;
  progress(): SearchProgress;
  /** Called after each shard file arrives (or fails); returns the unsubscribe. */
  onProgress(listener: (p: SearchProgress) => void): () => void;
}

/** Background shard downloads at a time. */
export const ON_DEMAND_CONCURRENCY = 2;

/**
 * Search over shard files loaded as the user searches. Nothing is fetched until the first search; that search waits
 * for the first file of `files` (put the current catalog's first), then the rest load in the background,
 * `concurrency` at a time, each added to the engine as it arrives. Queries answer from what is loaded so far; a
 * listener re-runs them when more arrives.
 */
export function onDemandSearch(
  files: readonly string[],
  fetchShard: (file: string) => Promise<ShardData>,
  concurrency = ON_DEMAND_CONCURRENCY,
): OnDemandSearch {
  const engine = new SearchEngine();
  const listeners = new Set<(p: SearchProgress) => void>();
  const state: SearchProgress = { loaded: 0, failed: 0, total: files.length };
  let first: Promise<void> | undefined;

  const progress = () => ({ ...state });
  const arrived = (data: ShardData | undefined) => {
    let added = false;
    try {
      if (data) engine.add(data);
      added = Boolean(data);
    } catch {
      // A malformed file: counted as failed, and search goes on without it.
    }
    if (added) state.loaded++;
    else state.failed++;
    for (const listener of listeners) listener(progress());
  };

  const rest = async () => {
    let next = 1;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        arrived(await fetchShard(file).catch(() => undefined));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length - 1) }, worker));
  };

  const start = async () => {
    if (files.length === 0) return;
    // The first file must arrive for search to answer at all; if it fails, the next search tries again.
    const data = await fetchShard(files[0]!).catch((e: unknown) => {
      first = undefined;
      throw e;
    });
    arrived(data);
    void rest();
  };

  return {
    async search(query, limit) {
      await (first ??= start());
      return engine.search(query, limit);
    },
    progress,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
