import { getAllEntries, getCatalogs } from "./catalog/repository";

/**
 * Site pages that are not catalogs or codes (guides, search, insights). Add yours here: the sitemap, the
 * published-URL list and the link check all read it.
 */
export const EXTRA_PAGES: string[] = [];

/** Every page of the site as a path, in a stable order: home, catalogs, all codes, every code page, extras. */
export function sitePaths(): string[] {
  return [
    "/",
    ...getCatalogs().map((c) => `/catalogs/${c.slug}`),
    "/catalogs/all",
    ...getAllEntries().map((e) => e.url),
    ...EXTRA_PAGES,
  ];
}
