import type { Entry } from "../catalog/model";
import { rowId } from "../catalog/model";
import { statusLabel, type StatusClass } from "../http-status";
import { operationsOf, type RetryAdvice } from "../catalog/operations";
import { secondaryText } from "../catalog/searchable";

/** What the interactive table needs of one code: serialized once to the client, so keep it flat and small. */
export interface TableRow {
  /** DOM id of the row: the code itself, or `${catalog}/${code}` on the all-catalogs table. */
  id: string;
  code: string;
  catalog: string;
  domain: string;
  /** Absent for a code sent without an HTTP status. */
  status?: number | string;
  statusClass: StatusClass;
  /** Whether and when a client may retry, as the code page advises (lib/catalog/operations). */
  retry: RetryAdvice;
  title?: string;
  message: string;
  /** The message's placeholders, by name and example only, so the row reads `%v` as `{key}` as the code page does. */
  placeholders?: { name: string; example: string }[];
  url: string;
  /** Every other text field (route, meaning, action, notes, vars, placeholders), searched but not shown. */
  more: string;
  /** The values of the vars the catalog lists as facets (`facets: [type]`), where this code sets them. */
  facets?: Record<string, string>;
}

/** Everything a table of codes is drawn from: the page that shows it builds this once. */
export interface TableData {
  rows: TableRow[];
  /** The table's caption: the catalog's name, "All catalogs", or catalog and domain. */
  title: string;
  catalogNames: Record<string, string>;
  /** The all-catalogs table: a Catalog column and facet. */
  showCatalog: boolean;
  /** The catalog's vars listed as facets (`facets: [type]`). */
  varFacets?: string[];
}

/** Between the fields joined into `more`. */
export const MORE_SEPARATOR = " \u2022 ";

export function toTableRow(entry: Entry, idPrefix = "", varFacets: readonly string[] = []): TableRow {
  const facets = Object.fromEntries(varFacets.flatMap((name) => (entry.vars?.[name] !== undefined ? [[name, entry.vars[name]]] : [])));
  // Not the docs: every row ships to the browser, and long Markdown would weigh on the table; search has them.
  const more = [entry.route, ...secondaryText(entry)].filter(Boolean).join(MORE_SEPARATOR);
  return {
    id: idPrefix + rowId(entry.code),
    code: entry.code,
    catalog: entry.catalog,
    domain: entry.domain,
    ...(entry.status !== undefined ? { status: entry.status } : {}),
    statusClass: entry.statusClass,
    retry: operationsOf(entry).retry,
    ...(entry.title ? { title: entry.title } : {}),
    message: entry.message,
    ...(entry.placeholders?.length ? { placeholders: entry.placeholders.map(({ name, example }) => ({ name, example })) } : {}),
    url: entry.url,
    more,
    ...(Object.keys(facets).length ? { facets } : {}),
  };
}

/**
 * Everything the filter searches in a row: code, title, message, domain, status with reason and the rest. The catalog
 * name only where it varies (the all-catalogs table): on one catalog's page "auth" would otherwise match every row.
 */
export function rowSearchFields(row: TableRow, catalogName?: string): string[] {
  return [...rowShownFields(row, catalogName), row.more];
}

/** The searched fields the table shows: all but `more` (the catalog name is shown where it is searched). */
export function rowShownFields(row: TableRow, catalogName?: string): string[] {
  return [row.code, row.title ?? "", row.message, row.domain, statusLabel(row.status), catalogName ?? ""];
}
