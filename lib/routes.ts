import { codeSlug } from "./catalog/normalize";

const q = (value: string) => encodeURIComponent(value);

/**
 * Every internal URL of the site, built in one place. Paths are public contracts (support articles link them), so a
 * change here is a change to published URLs: `content/published-urls.txt` and its test hold them. A test
 * (lib/routes.test.ts) keeps route paths from being written inline anywhere else.
 */
export const routes = {
  home: () => "/",
  allCodes: () => "/catalogs/all",
  catalog: (slug: string) => `/catalogs/${slug}`,
  /** A place on a catalog's page, such as a domain's section. */
  catalogSection: (slug: string, anchor: string) => `/catalogs/${slug}#${anchor}`,
  /** A code's page: its code in lower case with separators folded to `-` (user:not_found → user-not-found). */
  code: (catalog: string, code: string) => `/catalogs/${catalog}/${codeSlug(code)}`,
  /** The segment under a catalog that holds its domain pages; no code may have it as its slug. */
  domainsSegment: "domains",
  domain: (catalog: string, domainSlug: string) => `/catalogs/${catalog}/domains/${domainSlug}`,
  /** `/e/{code}`: the permanent short path. Codes are letters, digits and `_ : . -`, all safe in a path. */
  shortLink: (code: string) => `/e/${q(code).replace(/%3A/gi, ":")}`,
  search: (query?: string) => (query ? `/search?q=${q(query)}` : "/search"),
  guides: () => "/guides",
  guide: (slug: string) => `/guides/${slug}`,
  insights: () => "/insights",
  /** The log triage page; a shared result travels in the fragment, never to the server. */
  triage: (shared?: string) => (shared ? `/triage#r=${shared}` : "/triage"),
  changelog: (catalog: string) => `/changelog/${catalog}`,
  download: (file: string) => `/downloads/${file}`,
  apiErrors: () => "/api/errors",
  apiSearch: (query: string, limit: number, placeholders = false) =>
    `/api/search?q=${q(query)}&limit=${limit}${placeholders ? "&placeholders=1" : ""}`,
  apiTriage: () => "/api/triage",
  /** The mock endpoint for a code, by its page slug (any spelling of the code is accepted). */
  mock: (catalog: string, code: string) => `/api/mock/${catalog}/${codeSlug(code)}`,
} as const;
