import { useMemo } from "react";
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import type { TableRow } from "@/lib/table/rows";
import type { SortColumn } from "@/lib/table/grouping";
import { sortableColumns } from "./columns";

const sortFns = { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic };
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns });
const helper = createColumnHelper<typeof features, TableRow>();
// The sortable columns of components/catalog-table/columns.tsx, each sorted by its own value and function.
const columns = helper.columns(sortableColumns.map((c) => helper.accessor(c.sort.value, { id: c.id, sortFn: sortFns[c.sort.fn] })));

/**
 * TanStack Table owns the sort: given the stable row array and the URL's sort, it returns row indexes in display
 * order. The data never changes while typing, so the sorted model is only rebuilt when the sort does.
 */
export function useSortedOrder(rows: readonly TableRow[], sort: SortColumn | null, desc: boolean): number[] {
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort, desc }] : []), [sort, desc]);
  const table = useTable({ features, columns, data: rows as TableRow[], state: { sorting }, enableSortingRemoval: true }, () => null);
  const model = table.getRowModel();
  return useMemo(() => model.rows.map((r) => r.index), [model]);
}
