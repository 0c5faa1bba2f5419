import { statusLabel } from "../http-status";
import type { TableRow } from "./rows";

/** Column ids whose width is set from their content. */
export type SizedColumn = "code" | "catalog" | "status" | "domain" | "actions";

/**
 * Each content-sized column's width, computed from every row before the table is drawn, as CSS lengths in the table's
 * own font (em) plus the cell's padding. The table is laid out with `table-layout: fixed` from these widths, so a long
 * table streaming in does not re-flow its columns as later rows arrive (no layout shift when a page opens at a row),
 * while each column is still as wide as its longest value. Monospace characters are 0.6em wide in the code's 0.9em
 * font; sans-serif ones are taken at 0.58em of the badge's 0.8rem bold and 0.56em of the text's own size.
 */
export function columnWidths(rows: readonly TableRow[], catalogNames: Record<string, string>): Record<SizedColumn, string> {
  const longest = (values: Iterable<string>) => Math.max(0, ...[...values].map((v) => [...v].length));
  const code = longest(rows.map((r) => r.code));
  const status = longest(new Set(rows.map((r) => statusLabel(r.status))));
  // Names may wrap between words; a long one is given at most 18 characters a line.
  const catalog = Math.min(18, longest(rows.map((r) => catalogNames[r.catalog] ?? r.catalog)));
  const domain = Math.min(18, longest(rows.map((r) => r.domain)));
  return {
    code: `calc(${round(code * 0.54 + 0.3)}em + 20px)`,
    status: `max(8.5rem, calc(${round(status * 0.58)} * 0.8rem + 36px))`,
    catalog: `max(6rem, ${round(catalog * 0.56 + 0.3)}em + 20px)`,
    domain: `max(6rem, ${round(domain * 0.56 + 0.3)}em + 20px)`,
    actions: "100px",
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
