/**
 * The query parameters the interactive table keeps its view in (use-table-url-state.ts parses them with nuqs). Listed
 * apart from the parsers so the catalog page can tell whether a URL carries a view without loading nuqs.
 */
export const tableStateKeys = ["q", "catalog", "domain", "status", "class", "retry", "group", "sort", "dir", "collapsed"] as const;

export type TableStateKey = (typeof tableStateKeys)[number];

/** Whether a query string carries a view of the table (a filter, a facet, a grouping, a sort), as a shared link does. */
export function hasTableState(params: URLSearchParams, varFacets: readonly string[] = []): boolean {
  return [...tableStateKeys, ...varFacets].some((key) => params.has(key));
}
