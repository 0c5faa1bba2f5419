import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { groupModes, sortColumns } from "@/lib/table/grouping";
import { retryAdvices } from "@/lib/catalog/operations";

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
};

export function useTableUrlState() {
  // Discrete choices push a history entry (back undoes them); typing in the filter replaces it.
  return useQueryStates(tableSearchParams, { history: "push", scroll: false });
}

export type TableUrlState = ReturnType<typeof useTableUrlState>[0];
export type SetTableUrlState = ReturnType<typeof useTableUrlState>[1];
