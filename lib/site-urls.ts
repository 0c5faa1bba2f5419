import { domainPages, domainPath } from "./catalog/domains";
import { guides } from "../content/guides";
import { getAllEntries, getCatalogs } from "./catalog/repository";

/**
 * Site pages that are not catalogs or codes (guides, search, insights, changelogs). Add yours here: the sitemap, the
 * published-URL list and the link check all read it.
 */
export function extraPages(): string[] {
  return [
    "/search",
    "/guides",
    ...guides.map((g) => `/guides/${g.slug}`),
    "/insights",
    ...getCatalogs().map((c) => `/changelog/${c.slug}`),
  ];
}

/** Every page of the site as a path, in a stable order: home, catalogs, their domains, all codes, every code page, extras. */
export function sitePaths(): string[] {
  return [
    "/",
    ...getCatalogs().map((c) => `/catalogs/${c.slug}`),
    ...getCatalogs().flatMap((c) => domainPages(c).map((p) => domainPath(c.slug, p.slug))),
    "/catalogs/all",
    ...getAllEntries().map((e) => e.url),
    ...extraPages(),
  ];
}
