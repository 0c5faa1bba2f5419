import { useMemo } from "react";
import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { groupModes, sortColumns } from "@/lib/table/grouping";
import { retryAdvices } from "@/lib/catalog/operations";
import type { TableStateKey } from "./table-state-keys";

/**
 * Everything about the view lives in the query string, so a view can be shared and survives reload, back and
 * forward. nuqs parses it; a value a parser rejects (e.g. ?group=nonsense) reads as the default.
 */
export const tableSearchParams = {
  q: parseAsString.withDefault(""),
  catalog: parseAsArrayOf(parseAsString).withDefault([]),
  domain: parseAsArrayOf(parseAsString).withDefault([]),
  status: parseAsArrayOf(parseAsString).withDefault([]),
  class: parseAsArrayOf(parseAsStringLiteral(["1xx", "2xx", "3xx", "4xx", "5xx", "none"] as const)).withDefault([]),
  retry: parseAsArrayOf(parseAsStringLiteral(retryAdvices)).withDefault([]),
  group: parseAsStringLiteral(groupModes).withDefault("domain"),
  sort: parseAsStringLiteral(sortColumns),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
  collapsed: parseAsArrayOf(parseAsString).withDefault([]),
} satisfies Record<TableStateKey, unknown>;

const varFacetParser = parseAsArrayOf(parseAsString).withDefault([]);

/** The view's state; a catalog's vars facets (`facets: [type]`) are parameters named after the var: ?type=card_error. */
export function useTableUrlState(varFacets: readonly string[] = []) {
  const key = varFacets.join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const parsers = useMemo(() => ({ ...tableSearchParams, ...Object.fromEntries(varFacets.map((v) => [v, varFacetParser])) }), [key]);
  // Discrete choices push a history entry (back undoes them); typing in the filter replaces it.
  const [state, setState] = useQueryStates(parsers, { history: "push", scroll: false });
  return [state as typeof state & Record<string, string[]>, setState] as const;
}

export type TableUrlState = ReturnType<typeof useTableUrlState>[0];
export type SetTableUrlState = ReturnType<typeof useTableUrlState>[1];
