import type { Catalog } from "./schema";
import { entriesOf, type Entry } from "./model";
import { codeSlug } from "./normalize";
import { routes } from "../routes";

/**
 * Above this many codes a catalog's page is an index of its domains, each domain a page of its own, so no page carries
 * thousands of rows (a 2,000-code table page weighed about 1.9 MB of HTML). At or below it, the catalog page holds
 * the whole table, as it always has; the domain pages exist either way.
 */
export const SPLIT_ABOVE = 400;

/** The path segment under a catalog that holds its domain pages; the rules keep it from being a code's slug. */
export const DOMAINS_SEGMENT = routes.domainsSegment;

export function isSplit(catalog: Pick<Catalog, "errors">): boolean {
  return catalog.errors.length > SPLIT_ABOVE;
}

export interface DomainPage {
  slug: string;
  domain: Catalog["domains"][number];
  entries: Entry[];
}

/** Each domain's page slug, in domain order: its name in kebab-case, numbered where two would be the same. */
export function domainSlugs(catalog: Pick<Catalog, "domains">): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  catalog.domains.forEach((d, i) => {
    const base = codeSlug(d.name) || `domain-${i + 1}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(d.name, slug);
  });
  return slugs;
}

export function domainPath(catalog: string, slug: string): string {
  return routes.domain(catalog, slug);
}

/** The path of the page that lists a domain's codes: its own page when the catalog is split, else its section. */
export function domainHref(catalog: Pick<Catalog, "slug" | "domains" | "errors">, domain: string, sectionAnchor: string): string {
  const slug = domainSlugs(catalog).get(domain);
  return isSplit(catalog) && slug ? domainPath(catalog.slug, slug) : routes.catalogSection(catalog.slug, sectionAnchor);
}

/** The domain page with the most codes (the first of equals). */
export function largestDomain(catalog: Catalog): DomainPage {
  return domainPages(catalog).reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
}

/** Every domain of a catalog with its codes, in domain order. */
export function domainPages(catalog: Catalog): DomainPage[] {
  const slugs = domainSlugs(catalog);
  const entries = entriesOf(catalog);
  return catalog.domains.map((domain) => ({
    slug: slugs.get(domain.name)!,
    domain,
    entries: entries.filter((e) => e.domain === domain.name),
  }));
}
