/** Longest query accepted, in bytes of UTF-8; a whole pasted error body fits easily. */
export const MAX_QUERY_BYTES = 2048;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;

export type SearchParameter = "q" | "limit" | "placeholders";

export type ParsedSearch =
  { ok: true; q: string; limit: number; placeholders: boolean } | { ok: false; error: { error: string; parameter: SearchParameter } };

/**
 * Reads `q`, `limit` and `placeholders` (`1` or `true`: each result names its message's declared placeholders; `0` or
 * `false`, the default: the documented shape without them) from a query string, saying which parameter is wrong and why.
 */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  for (const name of ["q", "limit", "placeholders"] as const) {
    if (params.getAll(name).length > 1)
      return { ok: false, error: { error: `${name} is given more than once; pass it once.`, parameter: name } };
  }
  const q = params.get("q");
  if (q === null || q.trim() === "")
    return { ok: false, error: { error: "Missing query: pass ?q=… (a code, words, or a pasted error body).", parameter: "q" } };
  const bytes = new TextEncoder().encode(q).length;
  if (bytes > MAX_QUERY_BYTES) {
    return { ok: false, error: { error: `Query too long: ${bytes} bytes, at most ${MAX_QUERY_BYTES} allowed.`, parameter: "q" } };
  }
  const rawLimit = params.get("limit");
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      return { ok: false, error: { error: `limit must be a whole number from 1 to ${MAX_LIMIT}.`, parameter: "limit" } };
    }
    limit = Number(rawLimit);
  }
  const rawPlaceholders = params.get("placeholders");
  if (rawPlaceholders !== null && !/^(?:1|0|true|false)$/.test(rawPlaceholders))
    return {
      ok: false,
      error: { error: "placeholders must be 1 or true (add them to each result), or 0 or false.", parameter: "placeholders" },
    };
  return { ok: true, q, limit, placeholders: rawPlaceholders === "1" || rawPlaceholders === "true" };
}
