/** Catalog fields an imported table can fill, and the header names that mean them. */
export const COLUMN_ALIASES = {
  code: ["code", "error code", "error_code", "errorcode", "error"],
  status: ["status", "http status", "http_status", "status code", "http", "http code"],
  message: ["message", "description", "error message", "detail", "details", "text"],
  title: ["title", "summary", "name"],
  domain: ["domain", "section", "category", "group"],
  docs: ["docs", "documentation"],
  route: ["route", "endpoint"],
  meaning: ["meaning"],
  action: ["action", "solution", "resolution"],
  notes: ["notes", "note"],
} as const;

export type BaseField = keyof typeof COLUMN_ALIASES;
/** A catalog field, or a template variable (`vars.decline_code`). */
export type ImportField = BaseField | `vars.${string}`;

const BASE_FIELDS = Object.keys(COLUMN_ALIASES) as BaseField[];
const VAR_FIELD = /^vars\.[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[`*_]+(?=\w)|(?<=\w)[`*]+/g, "")
    .replace(/\s+/g, " ");
}

/** The field a column header maps to, or undefined for a column the importer does not know. */
export function fieldOfHeader(name: string): BaseField | undefined {
  const header = normalizeHeader(name);
  return BASE_FIELDS.find((f) => (COLUMN_ALIASES[f] as readonly string[]).includes(header));
}

/**
 * `--map code=errorCode,status=statusCode,vars.log_level=log_level`: which source column gives each field, as the
 * column is written. Throws a message naming the bad pair.
 */
export function parseColumnMap(spec: string): Map<ImportField, string> {
  const map = new Map<ImportField, string>();
  for (const pair of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = pair.indexOf("=");
    const field = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    if (eq < 1 || !column) throw new Error(`--map: "${pair}" must be FIELD=COLUMN, e.g. code=errorCode`);
    if (!(BASE_FIELDS as string[]).includes(field) && !VAR_FIELD.test(field)) {
      throw new Error(`--map: unknown field "${field}"; fields are ${BASE_FIELDS.join(", ")} and vars.NAME`);
    }
    if (map.has(field as ImportField)) throw new Error(`--map: ${field} is mapped twice`);
    map.set(field as ImportField, column);
  }
  return map;
}
