"use client";

import type { SortColumn } from "@/lib/table/grouping";

interface Props {
  sort: SortColumn | null;
  desc: boolean;
  onSort: (column: SortColumn) => void;
  showCatalog: boolean;
}

/** Column headers; code, status and domain sort with a button, and only the sorted header carries aria-sort. */
export function HeaderRow({ sort, desc, onSort, showCatalog }: Props) {
  const sortable = (column: SortColumn, label: string) => {
    const active = sort === column;
    return (
      <th scope="col" aria-sort={active ? (desc ? "descending" : "ascending") : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(column)}>
          {label}
          <span className="sort-icon" aria-hidden="true">
            {active ? (desc ? "↓" : "↑") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <tr>
      {sortable("code", "Code")}
      {showCatalog && <th scope="col">Catalog</th>}
      {sortable("status", "HTTP status")}
      {sortable("domain", "Domain")}
      <th scope="col">Message</th>
      <th scope="col">
        <span className="sr-only">Actions</span>
      </th>
    </tr>
  );
}
