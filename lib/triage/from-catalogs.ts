import { entriesOf } from "../catalog/model";
import type { Catalog } from "../catalog/schema";
import { toShipped } from "../search/records";
import { shardCatalog } from "../search/shard";
import { triageIndex, type TriageIndex } from "./index-data";
import type { TriageIndexData } from "./types";

/**
 * The index data for catalogs, as the search shards would ship it (for the server and the CLI, which have the catalogs
 * themselves). Kept apart from the engine: it loads the search index's configuration, which the browser's worker,
 * building from shard files, does not need.
 */
export function triageDataFromCatalogs(catalogs: readonly Catalog[]): TriageIndexData {
  const starts: number[] = [];
  let at = 0;
  for (const c of catalogs) {
    starts.push(at);
    at += c.errors.length;
  }
  return { catalogs: catalogs.map(shardCatalog), starts, records: catalogs.flatMap(entriesOf).map(toShipped) };
}

/** A triage index straight from catalogs. */
export function triageIndexFromCatalogs(catalogs: readonly Catalog[]): TriageIndex {
  if (!Array.isArray(catalogs)) throw new TypeError("triageIndexFromCatalogs: catalogs must be an array of catalogs");
  return triageIndex(triageDataFromCatalogs(catalogs));
}
