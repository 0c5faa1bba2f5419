import { messageSlots } from "../catalog/placeholders";
import { CODE_PATTERN, type Catalog, type ErrorEntry } from "../catalog/schema";
import { normalizeCode } from "../catalog/normalize";
import { COLUMN_ALIASES, fieldOfHeader, type ImportField } from "./columns";
import type { ImportProblem, SourceTable } from "./types";

export interface ImportOptions {
  slug: string;
  /** Source file name, recorded in the catalog's `source`. */
  sourceName: string;
  /** `--map`: the source column for each field, as written; other columns are matched by known header names. */
  columns?: ReadonlyMap<ImportField, string>;
}

export interface ImportResult {
  catalog?: Catalog;
  /** Rows and columns that could not be mapped, each with its line. */
  problems: ImportProblem[];
  /** Things the importer chose and a person should check. */
  notices: string[];
}

const DEFAULT_DOMAIN = "General";

/** "401", "401 Unauthorized", "HTTP 401", "5xx" → the catalog status, or undefined. */
export function parseStatus(text: string): number | string | undefined {
  const t = text.replace(/[`*]/g, "").trim();
  const cls = /^([1-5])xx\b/i.exec(t);
  if (cls) return `${cls[1]}xx`;
  const n = /^(?:HTTP\s*)?([1-5]\d\d)\b/i.exec(t);
  return n ? Number(n[1]) : undefined;
}

function titleCase(slug: string): string {
  return slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * Which column gives each field: the `--map` pairs first, then known header names for the rest. Problems for mapped
 * columns that do not exist, and for unknown, repeated and missing columns.
 */
function mapColumns(
  table: SourceTable,
  problems: ImportProblem[],
  explicit: ReadonlyMap<ImportField, string>,
): Map<ImportField, string> | undefined {
  const columnOf = new Map<ImportField, string>();
  const names = new Set(table.columns.map((c) => c.name));
  for (const [field, column] of explicit) {
    if (names.has(column)) columnOf.set(field, column);
    else problems.push({ line: table.columns[0]?.line ?? 1, message: `--map ${field}=${column}: no column "${column}"` });
  }
  const mapped = new Set(explicit.values());
  for (const column of table.columns) {
    if (mapped.has(column.name)) continue;
    const field = fieldOfHeader(column.name);
    if (!field)
      problems.push({
        line: column.line,
        message: `column "${column.name}" is not mapped (known: ${Object.keys(COLUMN_ALIASES).join(", ")}; or --map FIELD=COLUMN)`,
      });
    else if (columnOf.has(field))
      problems.push({ line: column.line, message: `column "${column.name}" is ignored: "${columnOf.get(field)}" already gives ${field}` });
    else columnOf.set(field, column.name);
  }
  // No status column is fine: codes without an HTTP status (database errors, callbacks) are common.
  const missing = (["code", "message"] as const).filter((f) => !columnOf.has(f));
  for (const f of missing) problems.push({ line: table.columns[0]?.line ?? 1, message: `no ${f} column` });
  return missing.length ? undefined : columnOf;
}

/** Maps source tables to a catalog: known columns become fields, rows that cannot be mapped are reported, not guessed. */
export function tableToCatalog(tables: readonly SourceTable[], { slug, sourceName, columns = new Map() }: ImportOptions): ImportResult {
  const problems: ImportProblem[] = [];
  const notices: string[] = [];
  const errors: ErrorEntry[] = [];
  const domains: string[] = [];
  const seen = new Map<string, number>();
  for (const table of tables) {
    const columnOf = mapColumns(table, problems, columns);
    if (!columnOf) continue;
    for (const row of table.rows) {
      const cell = (f: ImportField) => {
        const name = columnOf.get(f);
        return name === undefined ? "" : (row.cells[name] ?? "").trim();
      };
      const code = cell("code").replace(/^`|`$/g, "");
      const statusText = cell("status");
      const status = parseStatus(statusText);
      const message = cell("message");
      if (!code && !statusText && !message) continue;
      if (!CODE_PATTERN.test(code)) {
        problems.push({
          line: row.line,
          message: code ? `code "${code}" must be 1–64 letters, digits and _ : . - with at least one letter or digit` : "row has no code",
        });
        continue;
      }
      if (statusText && status === undefined) {
        problems.push({
          line: row.line,
          message: `${code}: status "${statusText}" is not an HTTP status (100–599 or a class such as 4xx)`,
        });
        continue;
      }
      if (!message) {
        problems.push({ line: row.line, message: `${code}: no message` });
        continue;
      }
      const key = normalizeCode(code);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ line: row.line, message: `${code}: duplicate of the code on line ${first}` });
        continue;
      }
      seen.set(key, row.line);
      const domain = cell("domain") || row.section || DEFAULT_DOMAIN;
      if (!domains.includes(domain)) domains.push(domain);
      const entry: ErrorEntry = { code, ...(status === undefined ? {} : { status }), domain, message };
      for (const field of ["title", "docs", "route", "meaning", "action", "notes"] as const) {
        const value = cell(field);
        if (value) entry[field] = value;
      }
      const vars = [...columnOf.keys()]
        .filter((f) => f.startsWith("vars."))
        .flatMap((f) => (cell(f) ? [[f.slice(5), cell(f)] as const] : []));
      if (vars.length) entry.vars = Object.fromEntries(vars);
      const names = placeholderNames(message);
      const count = names.length;
      if (count) {
        entry.placeholders = names.map((name) => ({
          name,
          example: "example",
          description: "Describe this value (added by the importer).",
        }));
        notices.push(`line ${row.line}: ${code} has ${count} placeholder${count === 1 ? "" : "s"}; name them and give real examples`);
      }
      errors.push(entry);
    }
  }
  if (!errors.length) {
    if (!problems.length) problems.push({ line: tables[0]?.columns[0]?.line ?? 1, message: "no rows could be mapped to codes" });
    return { problems, notices };
  }
  const first = errors[0]!;
  const catalog: Catalog = {
    slug,
    service: { name: titleCase(slug), documented: false },
    description: `Imported from ${sourceName}. Describe the service in a sentence or two.`,
    source: `${sourceName}, imported with npm run import.`,
    envelope: {
      format: "nested-error",
      example: `${JSON.stringify({ error: { code: first.code, message: first.message } }, null, 2)}\n`,
      documented: false,
      notes:
        "The import cannot know the response envelope; this nested-error shape is a placeholder. Set the real format (or template) and example.",
    },
    domains: domains.map((name) => ({ name })),
    errors,
  };
  notices.push("the envelope is a placeholder (nested-error, documented: false): set the real format (or a template) and the example");
  return { catalog, problems, notices };
}

/**
 * Names for a message's placeholders, as the catalog format wants them declared: braces by their own names ({0} is
 * arg1), printf ones arg1, arg2… in order, skipping names a brace already takes.
 */
export function placeholderNames(message: string): string[] {
  const slots = messageSlots(message);
  const taken = new Set(slots.flatMap((s) => ("name" in s ? [s.name] : [])));
  let n = 0;
  return slots.map((slot) => {
    if ("name" in slot) return slot.name;
    do n++;
    while (taken.has(`arg${n}`));
    taken.add(`arg${n}`);
    return `arg${n}`;
  });
}
