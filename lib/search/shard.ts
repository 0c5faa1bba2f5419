import type { Catalog } from "../catalog/schema";
import { entriesOf } from "../catalog/model";
import { CATALOG_ENVELOPE_ID, catalogEnvelope } from "../formats";
import { createIndex, TEXT_FIELDS, type SearchIndex } from "./config";
import { fromShipped, indexDoc, toShipped, type SearchRecord, type ShardCatalog, type ShardData } from "./records";
import { Vocabulary } from "./vocabulary";

/** A catalog as a shard names it: with its envelope, so a pasted body in it is recognised. */
export function shardCatalog(catalog: Catalog): ShardCatalog {
  const own = catalogEnvelope(catalog);
  if (own.id !== CATALOG_ENVELOPE_ID) return { slug: catalog.slug, name: catalog.service.name, format: own.id };
  return {
    slug: catalog.slug,
    name: catalog.service.name,
    format: `catalog:${catalog.slug}`,
    envelope: { label: own.label, template: own.template },
  };
}

/** Builds one shard over `catalogs`: their records and the FlexSearch export of their index (plain JSON). */
export function buildShard(catalogs: readonly Catalog[]): ShardData {
  const index = createIndex();
  // Entries as pages show them: vars resolved from the catalog and domain, so every var is searchable.
  const entries = catalogs.flatMap(entriesOf);
  entries.forEach((e, i) => index.add(indexDoc(i, e)));
  const exported: Record<string, string> = {};
  void index.export((key: string, data: string) => {
    exported[key] = data;
  });
  const starts: number[] = [];
  let at = 0;
  for (const c of catalogs) {
    starts.push(at);
    at += c.errors.length;
  }
  return {
    catalogs: catalogs.map(shardCatalog),
    starts,
    records: entries.map(toShipped),
    index: exported,
  };
}

export interface LoadedShard {
  catalogs: ShardCatalog[];
  starts: number[];
  records: SearchRecord[];
  index: SearchIndex;
}

/** The catalog record `i` of a shard belongs to. */
export function catalogOf(shard: Pick<LoadedShard, "catalogs" | "starts">, i: number): ShardCatalog {
  let c = 0;
  while (c + 1 < shard.starts.length && shard.starts[c + 1]! <= i) c++;
  return shard.catalogs[c]!;
}

/** Imports a shard with the configuration it was built with, and adds its text-field words to `vocabulary`. */
export function loadShard(data: ShardData, vocabulary: Vocabulary): LoadedShard {
  const index = createIndex();
  for (const [key, value] of Object.entries(data.index)) {
    index.import(key, value);
    const field = key.split(".")[0];
    if (key.endsWith(".map") && (TEXT_FIELDS as readonly string[]).includes(field ?? "")) {
      for (const [term] of JSON.parse(value) as [string, unknown][]) vocabulary.add(term);
    }
  }
  return { catalogs: data.catalogs, starts: data.starts, records: data.records.map(fromShipped), index };
}
