import type { ReactNode } from "react";
import type { TableRow } from "@/lib/table/rows";
import type { GroupMode, SortColumn } from "@/lib/table/grouping";
import { statusOrder } from "@/lib/table/facets";
import { hiddenMatch } from "@/lib/table/hidden-match";
import { StatusBadge } from "../status-badge";
import { MessageText } from "../message-text";
import { HighlightText } from "./highlight-text";
import { RowActions } from "./row-actions";
import type { SizedColumn } from "@/lib/table/widths";

/** What every row needs besides its own data; memoized by the table so rows can stay memoized too. */
export interface RowContext {
  showCatalog: boolean;
  catalogNames: Record<string, string>;
  /** The origin copied links start with: the configured public one, or the page's own (usePageOrigin). */
  origin: string;
  /** How rows are grouped: the column that would repeat the group heading is left out. */
  group: GroupMode;
}

export interface CellProps {
  row: TableRow;
  /** The filter's text, for highlighting; "" when there is none (and in the table shown before the interactive one). */
  query: string;
  context: RowContext;
}

/**
 * One column, in TanStack's ColumnDef style: its id, header, cell and sort. The header row, the rows, the sort and every
 * colSpan read these definitions, so adding a column touches this file only.
 */
export interface ColumnDef {
  id: "code" | "catalog" | "status" | "domain" | "message" | "actions";
  header: string;
  /** Header read by screen readers only (the actions column). */
  srOnlyHeader?: boolean;
  /** The row's header cell (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Only on the all-catalogs table. */
  catalogOnly?: boolean;
  /** The grouping whose heading already says this column's value, which hides the column. */
  hiddenWhenGroupedBy?: GroupMode;
  /** Sized to its content (the message column takes what is left). */
  fit?: boolean;
  /**
   * Sortable columns: what to sort by, and how, by the name of TanStack's sort function (use-sorted-order.ts maps it;
   * named here, not imported, so the table drawn before the interactive one does not carry TanStack). Their id is a
   * SortColumn.
   */
  sort?: { value: (row: TableRow) => string | number; fn: "alphanumeric" | "basic" | "text" };
  cell: (props: CellProps) => ReactNode;
}

export const columns: readonly ColumnDef[] = [
  {
    id: "code",
    header: "Code",
    rowHeader: true,
    fit: true,
    sort: { value: (row) => row.code, fn: "alphanumeric" },
    cell: ({ row, query }) => (
      <a href={row.url} className="code-link">
        <code>{query ? <HighlightText text={row.code} query={query} /> : row.code}</code>
      </a>
    ),
  },
  {
    id: "catalog",
    header: "Catalog",
    catalogOnly: true,
    // Domain groups on a table of several catalogs are each catalog's own, named after both.
    hiddenWhenGroupedBy: "domain",
    fit: true,
    cell: ({ row, context }) => context.catalogNames[row.catalog] ?? row.catalog,
  },
  {
    id: "status",
    header: "HTTP status",
    hiddenWhenGroupedBy: "status",
    fit: true,
    sort: { value: (row) => statusOrder(row.status), fn: "basic" },
    cell: ({ row }) => <StatusBadge status={row.status} />,
  },
  {
    id: "domain",
    header: "Domain",
    hiddenWhenGroupedBy: "domain",
    fit: true,
    sort: { value: (row) => row.domain, fn: "text" },
    cell: ({ row, query }) => <HighlightText text={row.domain} query={query} />,
  },
  {
    id: "message",
    header: "Message",
    cell: ({ row, query, context }) => {
      // The filter may match a field the table does not show (an action, a route, a note): show it, so the row says why.
      const also = query ? hiddenMatch(row, query, context.showCatalog ? (context.catalogNames[row.catalog] ?? "") : "") : undefined;
      return (
        <>
          <div className="row-text">
            {row.title && <strong className="row-title">{query ? <HighlightText text={row.title} query={query} /> : row.title}</strong>}
            {row.title && " "}
            <span className="row-message">{query ? <HighlightText text={row.message} query={query} /> : <MessageText entry={row} />}</span>
          </div>
          {also && (
            <span className="row-also">
              <span className="row-also-label">Also matches: </span>
              <HighlightText text={also} query={query} />
            </span>
          )}
        </>
      );
    },
  },
  {
    id: "actions",
    header: "Actions",
    srOnlyHeader: true,
    fit: true,
    cell: ({ row, context }) => <RowActions row={row} origin={context.origin} />,
  },
];

/** The columns a table shows, in order; their count is every full-width cell's colSpan. */
export function visibleColumns(showCatalog: boolean, group: GroupMode): ColumnDef[] {
  return columns.filter((c) => (showCatalog || !c.catalogOnly) && c.hiddenWhenGroupedBy !== group);
}

/** The sortable columns, by their SortColumn id. */
export const sortableColumns = columns.filter(
  (c): c is ColumnDef & { id: SortColumn; sort: NonNullable<ColumnDef["sort"]> } => c.sort !== undefined,
);

/** One row's cells, as the columns draw them. */
export function RowCells({ row, query, context }: CellProps) {
  return visibleColumns(context.showCatalog, context.group).map((column) => {
    const className = column.fit ? `col-${column.id} col-fit` : `col-${column.id}`;
    return column.rowHeader ? (
      <th key={column.id} scope="row" className={className}>
        {column.cell({ row, query, context })}
      </th>
    ) : (
      <td key={column.id} className={className}>
        {column.cell({ row, query, context })}
      </td>
    );
  });
}

/**
 * The columns' widths (lib/table/widths.ts) as a <colgroup>, and the table's least width: the sized columns plus 12rem
 * for the message. With `table-layout: fixed` these, not the rows, set the layout.
 */
export function ColGroup({ showCatalog, group, widths }: { showCatalog: boolean; group: GroupMode; widths: Record<SizedColumn, string> }) {
  return (
    <colgroup>
      {visibleColumns(showCatalog, group).map((column) => (
        <col
          key={column.id}
          className={`col-${column.id}`}
          style={column.id in widths ? { width: widths[column.id as SizedColumn] } : undefined}
        />
      ))}
    </colgroup>
  );
}

/** The least width of a table of these columns: their widths and 12rem for the message. */
export function tableMinWidth(showCatalog: boolean, group: GroupMode, widths: Record<SizedColumn, string>): string {
  const sized = visibleColumns(showCatalog, group).flatMap((c) => (c.id in widths ? [widths[c.id as SizedColumn]] : []));
  return `calc(${[...sized, "12rem"].join(" + ")})`;
}
