"use client";

import type { GroupMode, SortColumn } from "@/lib/table/grouping";
import { visibleColumns } from "./columns";

interface Props {
  showCatalog: boolean;
  group: GroupMode;
  /**
   * The sort: the interactive table's, or the table shown first's, whose click loads the interactive table and is
   * applied when it arrives. Without it sortable headers look the same but are plain text.
   */
  sort?: { column: SortColumn | null; desc: boolean; onSort: (column: SortColumn) => void };
}

/** Column headers from the column definitions; sortable ones sort with a button, and only the sorted one has aria-sort. */
export function HeaderRow({ showCatalog, group, sort }: Props) {
  return (
    <tr>
      {visibleColumns(showCatalog, group).map((column) => {
        const className = column.fit ? `col-${column.id} col-fit` : `col-${column.id}`;
        const label = column.srOnlyHeader ? <span className="sr-only">{column.header}</span> : column.header;
        if (!column.sort) {
          return (
            <th key={column.id} scope="col" className={className}>
              {label}
            </th>
          );
        }
        const id = column.id as SortColumn;
        const active = sort?.column === id;
        const icon = (
          <span className="sort-icon" aria-hidden="true">
            {active ? (sort?.desc ? "↓" : "↑") : "↕"}
          </span>
        );
        return (
          <th key={column.id} scope="col" className={className} aria-sort={active ? (sort?.desc ? "descending" : "ascending") : undefined}>
            {sort ? (
              <button type="button" className="sort-button" onClick={() => sort.onSort(id)}>
                {label}
                {icon}
              </button>
            ) : (
              <span className="sort-button">
                {label}
                {icon}
              </span>
            )}
          </th>
        );
      })}
    </tr>
  );
}
