"use client";

import type { TableData, TableRow } from "@/lib/table/rows";
import { buildItems } from "@/lib/table/grouping";
import { RowCells, visibleColumns } from "./columns";
import { HeaderRow } from "./header-row.client";

interface Props extends TableData {
  /** Ids on the domain headings, for links to a domain's section (one catalog's page). */
  anchors: boolean;
}

/**
 * Every row as plain HTML, grouped by domain: what readers without JavaScript and crawlers get, and what shows until
 * the interactive table takes over. Markup is kept minimal because a catalog can have 10,000 rows.
 *
 * A client component although it has no state: as a server component its whole element tree (every cell of every
 * row) would be serialized into the page's RSC payload next to the rows the interactive table already receives; as a
 * client component it is rendered to HTML once and its props are the same `rows` array, which Flight sends once.
 */
export function StaticTable({ rows, title, catalogNames, showCatalog, anchors }: Props) {
  const items = buildItems(
    rows,
    rows.map((_, i) => i),
    "domain",
    new Set(),
    anchors,
  );
  const colSpan = visibleColumns(showCatalog, "static").length;
  const context = { showCatalog, catalogNames, origin: "" };
  const bodies: { head: Extract<(typeof items)[number], { kind: "group" }>; rows: TableRow[] }[] = [];
  for (const item of items) {
    if (item.kind === "group") bodies.push({ head: item, rows: [] });
    else bodies.at(-1)!.rows.push(rows[item.index]!);
  }
  return (
    <div className="table-wrap">
      <table className="error-table">
        <caption>
          {title}: {rows.length} error codes, grouped by domain
        </caption>
        <thead>
          <HeaderRow showCatalog={showCatalog} variant="static" />
        </thead>
        {bodies.map(({ head, rows: members }) => (
          <tbody key={head.key}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={colSpan} id={head.anchor}>
                {head.label} <span className="muted">({head.count})</span>
              </th>
            </tr>
            {members.map((row) => (
              <tr key={row.id} id={row.id}>
                <RowCells row={row} query="" context={context} variant="static" />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
