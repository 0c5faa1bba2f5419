import { parse } from "csv-parse/sync";
import type { SourceTable } from "./types";

/** A CSV file with a header row; each record keeps the line it starts on. Throws with the line on malformed CSV. */
export function readCsv(source: string): SourceTable {
  const records = parse(source, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...rows] = records;
  if (!header) return { columns: [], rows: [] };
  const names = header.record.map((n) => n.trim());
  return {
    columns: names.map((name) => ({ name, line: header.info.lines })),
    rows: rows.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ""])),
    })),
  };
}
