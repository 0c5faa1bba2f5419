/** Catalog fields an imported table can fill, and the header names that mean them. */
export const COLUMN_ALIASES = {
  code: ["code", "error code", "error_code", "errorcode", "error"],
  status: ["status", "http status", "http_status", "status code", "http", "http code"],
  message: ["message", "description", "error message", "detail", "details", "text"],
  title: ["title", "summary", "name"],
  domain: ["domain", "section", "category", "group"],
} as const;

export type ImportField = keyof typeof COLUMN_ALIASES;

export function normalizeHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[`*_]+(?=\w)|(?<=\w)[`*]+/g, "").replace(/\s+/g, " ");
}

/** The field a column header maps to, or undefined for a column the importer does not know. */
export function fieldOfHeader(name: string): ImportField | undefined {
  const header = normalizeHeader(name);
  const found = (Object.keys(COLUMN_ALIASES) as ImportField[]).find((f) => (COLUMN_ALIASES[f] as readonly string[]).includes(header));
  return found;
}
