import path from "node:path";
import { loadCatalogDir } from "./load";
import type { Catalog } from "./schema";
import { entriesOf, type Entry } from "./model";
import { codeSlug } from "./normalize";

/** Where catalogs are read from; the benchmark points this at synthetic catalogs. */
export function catalogDir(): string {
  return process.env.ERRATA_CATALOG_DIR ?? path.join(process.cwd(), "content", "catalogs");
}

let cache: { catalogs: Catalog[]; entries: Entry[]; bySlug: Map<string, Catalog>; byKey: Map<string, Entry> } | undefined;

const entryKey = (catalog: string, slug: string) => `${catalog}/${slug}`;

/** Loaded once per process, with maps so that each of 10,000 prerendered pages finds its entry in O(1). */
function load() {
  if (!cache) {
    const catalogs = loadCatalogDir(catalogDir());
    const entries = catalogs.flatMap(entriesOf);
    cache = {
      catalogs,
      entries,
      bySlug: new Map(catalogs.map((c) => [c.slug, c])),
      byKey: new Map(entries.map((e) => [entryKey(e.catalog, e.slug), e])),
    };
  }
  return cache;
}

export function getCatalogs(): Catalog[] {
  return load().catalogs;
}

/** The params of a page per catalog (`/catalogs/[catalog]`, `/changelog/[catalog]`), for generateStaticParams. */
export function catalogParams(): { catalog: string }[] {
  return getCatalogs().map((c) => ({ catalog: c.slug }));
}

/** What a page per catalog receives from Next. */
export interface CatalogPageProps {
  params: Promise<{ catalog: string }>;
}

export function getCatalog(slug: string): Catalog | undefined {
  return load().bySlug.get(slug);
}

export function getAllEntries(): Entry[] {
  return load().entries;
}

export function getEntry(catalog: string, slug: string): Entry | undefined {
  return load().byKey.get(entryKey(catalog, codeSlug(slug)));
}
