import { parseCatalog } from "../catalog/parse";
import { formatIssue } from "../catalog/issues";
import { readCsv } from "./csv";
import { readJsonRecords } from "./json";
import type { ImportField } from "./columns";
import { readMarkdownTables } from "./markdown";
import { tableToCatalog } from "./to-catalog";
import { catalogYaml } from "./to-yaml";
import type { ImportProblem } from "./types";

export type ImportFormat = "markdown" | "csv" | "json";
export { parseColumnMap } from "./columns";

export interface ImportOutput {
  /** The catalog file's text, when every mapped row validates. */
  yaml?: string;
  problems: ImportProblem[];
  notices: string[];
  /** Problems the catalog parser found in the generated YAML (file:line: field: message). */
  invalid: string[];
  codes: number;
}

/** Source text → catalog YAML, validated with the same parser as the build. Pure: no file system. */
export function importCatalog(
  source: string,
  from: ImportFormat,
  options: { slug: string; sourceName: string; targetLabel: string; columns?: ReadonlyMap<ImportField, string> },
): ImportOutput {
  let tables;
  try {
    tables = from === "csv" ? [readCsv(source)] : from === "json" ? [readJsonRecords(source)] : readMarkdownTables(source);
  } catch (e) {
    const line = Number(/line (\d+)/i.exec((e as Error).message)?.[1] ?? 1);
    return { problems: [{ line, message: `cannot read ${from}: ${(e as Error).message}` }], notices: [], invalid: [], codes: 0 };
  }
  if (!tables.some((t) => t.columns.length)) {
    const message = from === "csv" ? "empty CSV" : from === "json" ? "no records" : "no table found";
    return { problems: [{ line: 1, message }], notices: [], invalid: [], codes: 0 };
  }
  const result = tableToCatalog(tables, {
    slug: options.slug,
    sourceName: options.sourceName,
    ...(options.columns ? { columns: options.columns } : {}),
  });
  if (!result.catalog) return { problems: result.problems, notices: result.notices, invalid: [], codes: 0 };
  const yaml = catalogYaml(result.catalog, options.sourceName);
  const parsed = parseCatalog(yaml, options.targetLabel);
  return {
    ...(parsed.issues.length ? {} : { yaml }),
    problems: result.problems,
    notices: result.notices,
    invalid: parsed.issues.map(formatIssue),
    codes: result.catalog.errors.length,
  };
}
