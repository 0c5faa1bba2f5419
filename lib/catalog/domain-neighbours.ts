import type { Entry } from "./model";

/** At most this many other codes of the same domain on a code page; past it the page links to the whole domain. */
export const DOMAIN_NEIGHBOURS = 24;

/** Each catalog's entries grouped by domain, in catalog order, keyed `catalog/domain`. */
export function domainGroups(entries: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.catalog}/${e.domain}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return groups;
}

/**
 * The other codes of `entry`'s domain nearest to it in catalog order, at most `limit`, in that order. A code page
 * stays the same size however large its domain grows (a 10,000-code catalog has domains of a thousand codes).
 */
export function domainNeighbours(group: readonly Entry[], entry: Entry, limit = DOMAIN_NEIGHBOURS): Entry[] {
  const others = group.filter((e) => e.code !== entry.code);
  if (others.length <= limit) return others;
  const at = group.findIndex((e) => e.code === entry.code);
  const start = Math.min(Math.max(0, at - Math.floor(limit / 2)), others.length - limit);
  return others.slice(start, start + limit);
}
