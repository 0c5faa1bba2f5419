import { normalizeCode } from "../catalog/normalize";

/**
 * Whether `pathname` is a short link (/e/{code}) that resolves to nothing: its code, in any spelling, is not among
 * `keys` (content/generated/short-link-keys.ts). Other paths are not short links: false.
 */
export function isMissingShortLink(keys: ReadonlySet<string>, pathname: string): boolean {
  const match = /^\/e\/([^/]+)$/.exec(pathname);
  if (!match) return false;
  let code = match[1]!;
  try {
    code = decodeURIComponent(code);
  } catch {
    // Left as sent, as the page does (lib/short-links/index.ts).
  }
  return !keys.has(normalizeCode(code));
}
