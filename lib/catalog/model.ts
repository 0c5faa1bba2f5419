import type { Catalog, ErrorEntry } from "./schema";
import { codeSlug } from "./normalize";
import { statusClassOf } from "../http-status";

/** An error entry with the facts derived from its catalog: where it lives and its status class. */
export interface Entry extends ErrorEntry {
  catalog: string;
  slug: string;
  url: string;
  statusClass: "4xx" | "5xx";
}

export function codeUrl(catalog: string, code: string): string {
  return `/catalogs/${catalog}/${codeSlug(code)}`;
}

export function entriesOf(catalog: Catalog): Entry[] {
  return catalog.errors.map((error) => ({
    ...error,
    catalog: catalog.slug,
    slug: codeSlug(error.code),
    url: codeUrl(catalog.slug, error.code),
    statusClass: statusClassOf(error.status),
  }));
}

/** Entries grouped by domain, in the catalog's domain order. */
export function entriesByDomain(catalog: Catalog): { domain: Catalog["domains"][number]; entries: Entry[] }[] {
  const entries = entriesOf(catalog);
  return catalog.domains.map((domain) => ({ domain, entries: entries.filter((e) => e.domain === domain.name) }));
}

export function countByClass(catalog: Catalog): Record<"4xx" | "5xx", number> {
  const counts = { "4xx": 0, "5xx": 0 };
  for (const e of catalog.errors) counts[statusClassOf(e.status)]++;
  return counts;
}

/** Placeholder values for a message, defaulting to each placeholder's example. */
export function fillMessage(entry: Pick<ErrorEntry, "message" | "placeholders">, values: Record<string, string> = {}): string {
  let i = 0;
  return entry.message.replace(/%[vs]/g, (token) => {
    const p = entry.placeholders?.[i++];
    // Own properties only: a placeholder named "constructor" must not pick up Object.prototype.constructor.
    if (!p) return token;
    return Object.hasOwn(values, p.name) ? (values[p.name] ?? p.example) : p.example;
  });
}

/** DOM id for a code's table row: the code itself, so #AUTH_001 and #user:not_found work. */
export function rowId(code: string): string {
  return code;
}
