import { domainPages, domainPath } from "./catalog/domains";
import { guides } from "../content/guides";
import { getAllEntries, getCatalogs } from "./catalog/repository";
import { routes } from "./routes";

/**
 * Site pages that are not catalogs or codes (guides, search, insights, triage, changelogs). Add yours here: the sitemap, the
 * published-URL list and the link check all read it.
 */
export function extraPages(): string[] {
  return [
    routes.search(),
    routes.guides(),
    ...guides.map((g) => routes.guide(g.slug)),
    routes.insights(),
    routes.triage(),
    ...getCatalogs().map((c) => routes.changelog(c.slug)),
  ];
}

/** Every page of the site as a path, in a stable order: home, catalogs, their domains, all codes, every code page, extras. */
export function sitePaths(): string[] {
  return [
    "/",
    ...getCatalogs().map((c) => routes.catalog(c.slug)),
    ...getCatalogs().flatMap((c) => domainPages(c).map((p) => domainPath(c.slug, p.slug))),
    routes.allCodes(),
    ...getAllEntries().map((e) => e.url),
    ...extraPages(),
  ];
}
