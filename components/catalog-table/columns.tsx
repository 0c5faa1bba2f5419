import type { ReactNode } from "react";
import { sortFn_alphanumeric, sortFn_basic, sortFn_text } from "@tanstack/react-table";
import type { TableRow } from "@/lib/table/rows";
import type { SortColumn } from "@/lib/table/grouping";
import { statusOrder } from "@/lib/table/facets";
import { hiddenMatch } from "@/lib/table/hidden-match";
import { markdownLink, shortLink } from "@/lib/links";
import { StatusBadge } from "../status-badge";
import { MessageText } from "../message-text";
import { CodeBreaks } from "../code-breaks";
import { CopyButton } from "../copy-button.client";
import { HighlightText } from "./highlight-text";

/** What every row needs besides its own data; memoized by the table so rows can stay memoized too. */
export interface RowContext {
  showCatalog: boolean;
  catalogNames: Record<string, string>;
  origin: string;
}

/** Which table a cell is drawn for: the interactive one, or the plain HTML one that reads without JavaScript. */
export type TableVariant = "interactive" | "static";

export interface CellProps {
  row: TableRow;
  /** The filter's text (interactive table), for highlighting; "" in the static table. */
  query: string;
  context: RowContext;
}

/**
 * One column, in TanStack's ColumnDef style: its id, header, cell and sort. The header row, the rows, the static table,
 * the sort and every colSpan read these definitions, so adding a column touches this file only.
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
  /** Which tables show it. */
  variants: readonly TableVariant[];
  /** Sortable columns: what to sort by, and how. Their id is a SortColumn. */
  sort?: { value: (row: TableRow) => string | number; fn: typeof sortFn_alphanumeric | typeof sortFn_basic | typeof sortFn_text };
  cell: (props: CellProps, variant: TableVariant) => ReactNode;
}

const BOTH: readonly TableVariant[] = ["interactive", "static"];

export const columns: readonly ColumnDef[] = [
  {
    id: "code",
    header: "Code",
    rowHeader: true,
    variants: BOTH,
    sort: { value: (row) => row.code, fn: sortFn_alphanumeric },
    cell: ({ row, query }, variant) => (
      <a href={row.url} className="code-link">
        <code>{variant === "static" ? <CodeBreaks text={row.code} /> : <HighlightText text={row.code} query={query} code />}</code>
      </a>
    ),
  },
  {
    id: "catalog",
    header: "Catalog",
    catalogOnly: true,
    variants: BOTH,
    cell: ({ row, context }) => context.catalogNames[row.catalog] ?? row.catalog,
  },
  {
    id: "status",
    header: "HTTP status",
    variants: BOTH,
    sort: { value: (row) => statusOrder(row.status), fn: sortFn_basic },
    cell: ({ row }) => <StatusBadge status={row.status} />,
  },
  {
    // The static table is grouped by domain under headings, so it needs no domain column.
    id: "domain",
    header: "Domain",
    variants: ["interactive"],
    sort: { value: (row) => row.domain, fn: sortFn_text },
    cell: ({ row, query }) => <HighlightText text={row.domain} query={query} />,
  },
  {
    id: "message",
    header: "Message",
    variants: BOTH,
    cell: ({ row, query, context }) => {
      // The filter may match a field the table does not show (an action, a route, a note): show it, so the row says why.
      const also = query ? hiddenMatch(row, query, context.showCatalog ? (context.catalogNames[row.catalog] ?? "") : "") : undefined;
      return (
        <>
          {row.title && <strong className="row-title">{query ? <HighlightText text={row.title} query={query} /> : row.title}</strong>}
          <span className="row-message">{query ? <HighlightText text={row.message} query={query} /> : <MessageText entry={row} />}</span>
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
    variants: ["interactive"],
    cell: ({ row, context }) => (
      <div className="row-actions">
        <CopyButton text={shortLink(row.code, context.origin)} label="Copy link" ariaLabel={`Copy link to ${row.code}`} />
        <CopyButton text={markdownLink(row, context.origin)} label="Markdown" ariaLabel={`Markdown: copy a link to ${row.code}`} />
        <a href={`${row.url}#try-it`} className="try-link">
          Try it
        </a>
      </div>
    ),
  },
];

/** The columns a table shows, in order; their count is every full-width cell's colSpan. */
export function visibleColumns(showCatalog: boolean, variant: TableVariant): ColumnDef[] {
  return columns.filter((c) => c.variants.includes(variant) && (showCatalog || !c.catalogOnly));
}

/** The sortable columns, by their SortColumn id. */
export const sortableColumns = columns.filter(
  (c): c is ColumnDef & { id: SortColumn; sort: NonNullable<ColumnDef["sort"]> } => c.sort !== undefined,
);

/** One row's cells, as the columns draw them. */
export function RowCells({ row, query, context, variant }: CellProps & { variant: TableVariant }) {
  return visibleColumns(context.showCatalog, variant).map((column) =>
    column.rowHeader ? (
      <th key={column.id} scope="row">
        {column.cell({ row, query, context }, variant)}
      </th>
    ) : (
      <td key={column.id}>{column.cell({ row, query, context }, variant)}</td>
    ),
  );
}
