import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { SourceRow, SourceTable } from "./types";

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number } };
}

function textOf(node: MdNode): string {
  if (typeof node.value === "string") return node.value;
  return (node.children ?? []).map(textOf).join("");
}

/** Every GFM table of a Markdown document; a heading above a table names its section (the catalog domain). */
export function readMarkdownTables(source: string): SourceTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as MdNode;
  const tables: SourceTable[] = [];
  let section: string | undefined;
  for (const node of tree.children ?? []) {
    if (node.type === "heading" && (node.depth ?? 1) >= 2) section = textOf(node).trim();
    if (node.type !== "table") continue;
    const [head, ...body] = node.children ?? [];
    const names = (head?.children ?? []).map((cell) => textOf(cell).trim());
    const headLine = head?.position?.start.line ?? 1;
    const table: SourceTable = { columns: names.map((name) => ({ name, line: headLine })), rows: [] };
    tables.push(table);
    for (const row of body) {
      const cells: Record<string, string> = {};
      (row.children ?? []).forEach((cell, i) => {
        const name = names[i];
        if (name !== undefined) cells[name] = textOf(cell).trim();
      });
      const parsed: SourceRow = { line: row.position?.start.line ?? headLine, cells };
      if (section) parsed.section = section;
      table.rows.push(parsed);
    }
  }
  return tables;
}
