import path from "node:path";
import { loadCatalogDir } from "./load";
import type { Catalog } from "./schema";
import { entriesOf, type Entry } from "./model";
import { codeSlug } from "./normalize";

/** Where catalogs are read from; the benchmark points this at synthetic catalogs. */
export function catalogDir(): string {
  return process.env.ERRATA_CATALOG_DIR ?? path.join(process.cwd(), "content", "catalogs");
}

let cache: { catalogs: Catalog[]; entries: Entry[] } | undefined;

function load() {
  if (!cache) {
    const catalogs = loadCatalogDir(catalogDir());
    cache = { catalogs, entries: catalogs.flatMap(entriesOf) };
  }
  return cache;
}

export function getCatalogs(): Catalog[] {
  return load().catalogs;
}

export function getCatalog(slug: string): Catalog | undefined {
  return load().catalogs.find((c) => c.slug === slug);
}

export function getAllEntries(): Entry[] {
  return load().entries;
}

export function getEntry(catalog: string, slug: string): Entry | undefined {
  return load().entries.find((e) => e.catalog === catalog && e.slug === codeSlug(slug));
}
