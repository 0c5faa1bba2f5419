import { normalizeCode } from "../catalog/normalize";

/** A path segment percent-decoded, or as sent when its escapes are malformed. */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The index key of a short link's path segment, as sent: percent-decoded where it decodes, then normalized. */
export function shortLinkKey(raw: string): string {
  return normalizeCode(decodeSegment(raw));
}
