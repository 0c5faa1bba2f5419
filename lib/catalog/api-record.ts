import type { Entry } from "./model";

/**
 * The public `/api/errors` shape: catalog, code, status, domain, title?, message, url, then every other field. A code
 * sent without an HTTP status has `"status": null`, so every record has the same keys.
 */
export function toApiRecord(entry: Entry): Record<string, unknown> {
  const { catalog, code, status, domain, title, message, url, slug: _slug, statusClass: _class, ...rest } = entry;
  return { catalog, code, status: status ?? null, domain, ...(title === undefined ? {} : { title }), message, url, ...rest };
}
