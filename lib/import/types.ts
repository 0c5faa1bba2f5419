/** A row read from a source table, before mapping: cells by normalized column name, with the source line. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
  /** The section heading above the row's table (Markdown), if any. */
  section?: string;
}

export interface SourceTable {
  /** Column names as written, with the line they are on. */
  columns: { name: string; line: number }[];
  rows: SourceRow[];
}

/** Something the importer could not map, with the source line. */
export interface ImportProblem {
  line: number;
  message: string;
}
