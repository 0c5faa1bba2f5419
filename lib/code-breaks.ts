/** After these a long code may wrap: `auth:invalid_credentials`, `auth_login_db_error`, `meilisearch:index_not_found`. */
const AFTER_SEPARATOR = /(?<=[_:\-./])(?=.)/s;

/** Codes up to this long stay whole: `AUTH_006` or `TOKEN_EXPIRED` read as one word and fit any line. */
export const SHORTEST_CODE_TO_BREAK = 15;

/**
 * A code cut after each separator, for rendering with a line-break opportunity between the parts; a short code is one
 * part. Joined, the parts are the code exactly as written; no part is empty.
 */
export function codeBreakParts(code: string): string[] {
  return [...code].length < SHORTEST_CODE_TO_BREAK ? [code] : code.split(AFTER_SEPARATOR);
}
