import type { Catalog, ErrorEntry, Vars } from "./schema";
import { codeSlug } from "./normalize";
import { fillPlaceholders } from "./placeholders";
import { statusClassOf, type StatusClass } from "../http-status";
import { routes } from "../routes";

/** An error entry with the facts derived from its catalog: where it lives, its status class, its resolved vars. */
export interface Entry extends ErrorEntry {
  /** The catalog's, its domain's and its own vars merged, the narrowest winning; absent when none are set. */
  vars?: Vars;
  catalog: string;
  slug: string;
  url: string;
  /** The status's class, or "none" for a code sent without an HTTP status. */
  statusClass: StatusClass;
}

export function codeUrl(catalog: string, code: string): string {
  return routes.code(catalog, code);
}

/** Vars as an entry sees them: the catalog's, then its domain's, then its own; the narrowest wins. */
export function resolveVars(catalog: Pick<Catalog, "vars" | "domains">, error: Pick<ErrorEntry, "domain" | "vars">): Vars {
  const domain = catalog.domains.find((d) => d.name === error.domain);
  return { ...catalog.vars, ...domain?.vars, ...error.vars };
}

/** The names of the vars at least one code of the catalog sees (its own, its domain's or the catalog's). */
export function varNamesSet(catalog: Pick<Catalog, "vars" | "domains" | "errors">): Set<string> {
  return new Set(catalog.errors.flatMap((e) => Object.keys(resolveVars(catalog, e))));
}

function withVars(error: ErrorEntry, vars: Vars): ErrorEntry {
  const { vars: _own, ...rest } = error;
  return Object.keys(vars).length ? { ...rest, vars } : rest;
}

export function entriesOf(catalog: Catalog): Entry[] {
  return catalog.errors.map((error) => ({
    ...withVars(error, resolveVars(catalog, error)),
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

export function countByClass(catalog: Catalog): Record<StatusClass, number> {
  const counts: Record<StatusClass, number> = { "1xx": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, none: 0 };
  for (const e of catalog.errors) counts[statusClassOf(e.status)]++;
  return counts;
}

/** Codes documented with a status below 400 (1xx–3xx, exact or as a class), from countByClass. */
export function countBelow400(counts: Record<StatusClass, number>): number {
  return counts["1xx"] + counts["2xx"] + counts["3xx"];
}

/** The message with its placeholders filled: by name from `values`, else each placeholder's example. */
export function fillMessage(entry: Pick<ErrorEntry, "message" | "placeholders">, values: Record<string, string> = {}): string {
  return fillPlaceholders(entry.message, entry.placeholders, values);
}

/** DOM id for a code's table row: the code itself, so #AUTH_001 and #user:not_found work. */
export function rowId(code: string): string {
  return code;
}
