import { shortLinkKey } from "./key";

/**
 * Whether `pathname` is a short link (/e/{code}) that resolves to nothing: its key, the same the page resolves, is not
 * among `keys` (content/generated/short-link-keys.ts). Other paths are not short links: false.
 */
export function isMissingShortLink(keys: ReadonlySet<string>, pathname: string): boolean {
  const key = shortLinkKeyOfPath(pathname);
  return key !== undefined && !keys.has(key);
}

/** The short-link key of a path /e/{code} (percent-decoded, then normalized); undefined for any other path. */
export function shortLinkKeyOfPath(pathname: string): string | undefined {
  const match = /^\/e\/([^/]+)$/.exec(pathname);
  return match ? shortLinkKey(match[1]!) : undefined;
}
