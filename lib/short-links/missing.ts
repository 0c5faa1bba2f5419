import { shortLinkKey } from "./key";

/**
 * Whether `pathname` is a short link (/e/{code}) that resolves to nothing: its key, the same the page resolves, is not
 * among `keys` (content/generated/short-link-keys.ts). Other paths are not short links: false.
 */
export function isMissingShortLink(keys: ReadonlySet<string>, pathname: string): boolean {
  const match = /^\/e\/([^/]+)$/.exec(pathname);
  return match !== null && !keys.has(shortLinkKey(match[1]!));
}
