/**
 * Codes in plain text (log lines, and string values in JSON that is not an error body). The rules, for precision:
 *
 * 1. A token is a maximal run of the characters codes are made of (letters, digits and `_ : . -`), with `. : -` trimmed
 *    from its ends. It must equal a code exactly, case and separators included (APP_002, not app-002). Where the whole
 *    token is no code, the parts after each `:` or `.` are tried (`code:APP_002`, `error.23505`), then the part before
 *    the first `:`. So a code never matches inside a longer word, a UUID, a timestamp or a hex id.
 * 2. A "strong" code is matched wherever it occurs as a token: one of 4+ characters that mixes letters and digits
 *    (APP_002, AUT-0002, E0000047, AADSTS50126) or namespaces words with `:` or `.` (user:not_found).
 * 3. Every other code is "weak": numbers (23505, 1002) and codes that are words (timeout, not_found, FORBIDDEN,
 *    TOKEN_EXPIRED). In text a weak code counts only right after a key that names an error code: `code=`, `"code":`,
 *    `error: `, `error_code=`, `errorCode:`, `reason=`, `sqlstate=`, `"error_codes":[`… (see CODE_KEYS). In JSON, a
 *    string or number value of such a key counts the same way.
 */

export interface CodeEntry {
  /** Records with this exact code (several when catalogs share it). */
  ids: number[];
  weak: boolean;
}

/** What a token may be: a code, an anchor word of messages (indexes into the matchers), or both. */
export interface TokenInfo {
  code?: CodeEntry;
  anchors?: number[];
}

export interface TokenTable {
  tokens: Map<string, TokenInfo>;
  /** Shortest and longest token worth looking up. */
  minLength: number;
  maxLength: number;
  /** A filter over tokenHash: 0 where no token hashes, so most words are passed over without a string made of them. */
  filter: Uint8Array;
}

const FILTER_BITS = 18;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** The hash the filter uses, over text[start, end), computed right to left so every suffix's hash comes on the way. */
export function tokenHash(text: string, start = 0, end = text.length): number {
  let h = 0;
  for (let k = end - 1; k >= start; k--) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** tokenHash's mirror, left to right, as the scanner computes it in its one pass over a token. */
function forwardHash(text: string): number {
  let h = 0;
  for (let k = 0; k < text.length; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** A token table over these tokens. */
export function tokenTable(tokens: Map<string, TokenInfo>): TokenTable {
  const filter = new Uint8Array(1 << FILTER_BITS);
  let minLength = Infinity;
  let maxLength = 0;
  for (const token of tokens.keys()) {
    filter[tokenHash(token) & FILTER_MASK] = 1;
    filter[forwardHash(token) & FILTER_MASK] = 1;
    minLength = Math.min(minLength, token.length);
    maxLength = Math.max(maxLength, token.length);
  }
  return { tokens, filter, minLength: Number.isFinite(minLength) ? minLength : 1, maxLength };
}

/** Keys (lower case, letters only) after which a weak code counts. */
const CODE_KEYS = new Set([
  "code",
  "codes",
  "error",
  "errors",
  "err",
  "errcode",
  "errorcode",
  "errorcodes",
  "reason",
  "errorreason",
  "declinecode",
  "sqlstate",
]);

/** Whether a key (as written: `error_code`, `x-error-code`, `errorCode`) names an error code. */
export function isCodeKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z]/g, "");
  return CODE_KEYS.has(k) || k.endsWith("errorcode") || k.endsWith("errorcodes");
}

/** Whether a code is weak (see rule 3). */
export function isWeakCode(code: string): boolean {
  if (/^[0-9]+$/.test(code)) return true;
  const letters = /[A-Za-z]/.test(code);
  const digits = /[0-9]/.test(code);
  if (letters && digits) return code.length < 4;
  // Words namespaced by ":" or "." (user:not_found, rate_limit:exceeded) read as codes, not prose.
  if (/[A-Za-z][:.][A-Za-z]/.test(code)) return false;
  return true;
}

// Character classes by char code: 1 for letters, 2 for digits, 4 for `_ -`, 8 for `: .` (where parts are tried).
const CLASS = new Uint8Array(65536);
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (let c = 48; c <= 57; c++) CLASS[c] = 2;
/** Set on `. : -`, trimmed from a token's ends. */
const TRIM = 16;
CLASS[95] = 4;
CLASS[45] = 4 | TRIM;
CLASS[58] = 8 | TRIM;
CLASS[46] = 8 | TRIM;
const KEY_CHAR = (c: number) => CLASS[c] !== 0 && c !== 58;
const SPACE_OR_QUOTE = (c: number) => c === 32 || c === 9 || c === 34 || c === 39;

/**
 * Whether the text before `start` is a key naming an error code (`code=`, `"error_code": "`, `error_codes":[`). At
 * the very start of the text, `contextKey` (the JSON key whose value this text is) decides.
 */
export function afterCodeKey(text: string, start: number, contextKey?: string): boolean {
  let i = start - 1;
  while (i >= 0 && (SPACE_OR_QUOTE(text.charCodeAt(i)) || text.charCodeAt(i) === 91)) i--;
  if (i < 0) return contextKey !== undefined && isCodeKey(contextKey);
  const sep = text.charCodeAt(i);
  if (sep !== 58 && sep !== 61) return false; // : =
  i--;
  while (i >= 0 && SPACE_OR_QUOTE(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && KEY_CHAR(text.charCodeAt(i))) i--;
  return end > i + 1 && isCodeKey(text.slice(i + 1, end));
}

/**
 * A token that counts: `code` when it is a code that counts here (rules above), `anchors` the message matchers whose
 * anchor word it is; `at` where it starts in the text, `token` the code or word as written (to find the line of a
 * hit inside a multi-line body).
 */
export type OnToken = (code: CodeEntry | undefined, anchors: number[] | undefined, at: number, token: string) => void;

/**
 * Calls `onHit` for every code that counts (rules above) and every message anchor word in `text`. O(text length):
 * one pass over the characters and one map look-up per token of a plausible length.
 */
export function scanTokens(table: TokenTable, text: string, onHit: OnToken, contextKey?: string): void {
  const { tokens, minLength, maxLength, filter } = table;
  const n = text.length;
  let i = 0;
  let parts: number[] | undefined;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (CLASS[c] === 0) {
      i++;
      continue;
    }
    // One pass over the run: its kinds of characters, and the hash of the run without the `. : -` at its ends
    // (tokenHash is right to left, so this is its mirror: the filter holds both).
    let start = i;
    let kinds = 0;
    let h = 0;
    let good = 0;
    let first = -1;
    let last = -1;
    while (i < n) {
      c = text.charCodeAt(i);
      const k = CLASS[c]!;
      if (k === 0) break;
      kinds |= k;
      if ((k & TRIM) === 0) {
        if (first < 0) first = i;
        h = (Math.imul(h, 31) + c) | 0;
        good = h;
        last = i;
      } else if (first >= 0) h = (Math.imul(h, 31) + c) | 0;
      i++;
    }
    if (first < 0) continue;
    // A run glued to non-ASCII letters (é, ü) is part of a word, not a token.
    if ((start > 0 && text.charCodeAt(start - 1) >= 128) || (i < n && c >= 128)) continue;
    start = first;
    const end = last + 1;
    const length = end - start;
    if (length < minLength) continue;
    const compound = (kinds & 8) !== 0;
    if (length <= maxLength && filter[good & FILTER_MASK] && lookUp(tokens, text.slice(start, end), text, start, contextKey, onHit))
      continue;
    if (!compound) continue;
    // code:APP_002, error.23505, APP_002:…: the parts after each ":" or ".", left to right, then the part before the
    // first ":". Right to left, each part's hash comes on the way.
    if (parts) parts.length = 0;
    let hr = 0;
    for (let k = end - 1; k > start; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 58 || ch === 46) {
        const len = end - k - 1;
        if (len >= minLength && len <= maxLength && filter[hr & FILTER_MASK]) (parts ??= []).push(k + 1);
      }
      hr = (Math.imul(hr, 31) + ch) | 0;
    }
    let found = false;
    if (parts) {
      for (let p = parts.length - 1; p >= 0 && !found; p--) {
        found = lookUp(tokens, text.slice(parts[p]!, end), text, parts[p]!, contextKey, onHit, true);
      }
    }
    if (found) continue;
    const colon = text.indexOf(":", start);
    const len = colon - start;
    if (colon < end && len >= minLength && len <= maxLength && filter[tokenHash(text, start, colon) & FILTER_MASK]) {
      lookUp(tokens, text.slice(start, colon), text, start, contextKey, onHit, true);
    }
  }
}

function lookUp(
  tokens: Map<string, TokenInfo>,
  token: string,
  text: string,
  at: number,
  contextKey: string | undefined,
  onHit: OnToken,
  part = false,
): boolean {
  const info = tokens.get(token);
  if (!info) return false;
  const code = info.code && (!info.code.weak || afterCodeKey(text, at, contextKey)) ? info.code : undefined;
  // A word is an anchor only as a whole token, not as a part of a compound one.
  const anchors = part ? undefined : info.anchors;
  if (!code && !anchors) return false;
  onHit(code, anchors, at, token);
  return code !== undefined;
}
