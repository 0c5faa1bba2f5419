"use client";

import type { SortColumn } from "@/lib/table/grouping";
import { visibleColumns, type TableVariant } from "./columns";

interface Props {
  showCatalog: boolean;
  variant: TableVariant;
  /** The interactive table's sort; the static table has none. */
  sort?: { column: SortColumn | null; desc: boolean; onSort: (column: SortColumn) => void };
}

/** Column headers from the column definitions; sortable ones sort with a button, and only the sorted one has aria-sort. */
export function HeaderRow({ showCatalog, variant, sort }: Props) {
  return (
    <tr>
      {visibleColumns(showCatalog, variant).map((column) => {
        const label = column.srOnlyHeader ? <span className="sr-only">{column.header}</span> : column.header;
        if (!sort || !column.sort) {
          return (
            <th key={column.id} scope="col">
              {label}
            </th>
          );
        }
        const id = column.id as SortColumn;
        const active = sort.column === id;
        return (
          <th key={column.id} scope="col" aria-sort={active ? (sort.desc ? "descending" : "ascending") : undefined}>
            <button type="button" className="sort-button" onClick={() => sort.onSort(id)}>
              {label}
              <span className="sort-icon" aria-hidden="true">
                {active ? (sort.desc ? "↓" : "↑") : "↕"}
              </span>
            </button>
          </th>
        );
      })}
    </tr>
  );
}
