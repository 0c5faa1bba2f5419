import { getCatalogs } from "../catalog/repository";
import { SearchEngine } from "./engine";
import { buildShard } from "./shard";

let engine: SearchEngine | undefined;

/** The server's engine: every catalog in one shard, exported and imported exactly as the browser's shards are. */
export function serverSearch(): SearchEngine {
  return (engine ??= SearchEngine.from([buildShard(getCatalogs())]));
}
