"use client";

import type { Ref } from "react";
import type { TableData } from "@/lib/table/rows";
import { allFacetKeys, facetTitle } from "@/lib/table/facets";
import { buildItems, type GroupMode, type SortColumn } from "@/lib/table/grouping";
import { ColGroup, tableMinWidth, visibleColumns, type RowContext } from "./columns";
import { columnWidths } from "@/lib/table/widths";
import { HeaderRow } from "./header-row.client";
import { PlainBody } from "./plain-body.client";
import { Toolbar } from "./toolbar.client";

interface Props extends TableData {
  /** Ids on the domain headings, for links to a domain's section (one catalog's page). */
  anchors: boolean;
  /** The origin copied links start with (usePageOrigin). */
  origin: string;
  /** What has been typed in the filter box before the interactive table arrived; it carries it on. */
  query: string;
  onQuery: (query: string) => void;
  /** A grouping chosen, and a sortable header clicked, before the interactive table arrived; it applies them. */
  onGroup: (group: GroupMode) => void;
  onSort: (column: SortColumn) => void;
  /** The row named by the URL fragment, highlighted and scrolled to. */
  targetId: string | undefined;
  ref?: Ref<HTMLDivElement>;
}

const NO_VAR_FACETS: string[] = [];

/**
 * Every row, grouped by domain, drawn exactly as the interactive table draws its default view (the same toolbar, header,
 * group rows and cells), so the swap when that table's chunk arrives moves nothing. It is what readers without
 * JavaScript and crawlers get, and all there is until the table is first used (lazy-table.client.tsx); copying links
 * works as soon as the page is hydrated.
 *
 * A client component although it has almost no state: as a server component its whole element tree (every cell of
 * every row) would be serialized into the page's RSC payload next to the rows the interactive table already
 * receives; as a client component it is rendered to HTML once and its props are the same `rows` array, which Flight
 * sends once.
 */
export function StaticTable({
  rows,
  title,
  catalogNames,
  showCatalog,
  anchors,
  origin,
  query,
  onQuery,
  onGroup,
  onSort,
  targetId,
  ref,
  varFacets = NO_VAR_FACETS,
}: Props) {
  const items = buildItems(
    rows,
    rows.map((_, i) => i),
    "domain",
    new Set(),
    { anchors, ...(showCatalog ? { catalogNames } : {}) },
  );
  const context: RowContext = { showCatalog, catalogNames, origin, group: "domain" };
  const widths = columnWidths(rows, catalogNames);
  const facets = allFacetKeys(varFacets)
    .filter((k) => k !== "catalog" || showCatalog)
    .map((key) => ({ key, title: facetTitle(key), selected: [] }));
  return (
    <div className="catalog-table" ref={ref}>
      <Toolbar query={query} onQuery={onQuery} facets={facets} group="domain" onGroup={onGroup} shown={rows.length} total={rows.length} />
      <div className="table-wrap">
        <table className="error-table" style={{ minWidth: tableMinWidth(showCatalog, "domain", widths) }}>
          <caption>
            {title}: {rows.length} error codes, grouped by domain
          </caption>
          <ColGroup showCatalog={showCatalog} group="domain" widths={widths} />
          <thead>
            <HeaderRow showCatalog={showCatalog} group="domain" sort={{ column: null, desc: false, onSort }} />
          </thead>
          <PlainBody
            items={items}
            rows={rows}
            query=""
            context={context}
            colSpan={visibleColumns(showCatalog, "domain").length}
            targetId={targetId}
          />
        </table>
      </div>
    </div>
  );
}
