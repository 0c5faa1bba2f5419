import type { Catalog } from "./schema";
import { entriesOf, type Entry } from "./model";
import { refKey } from "./cross-refs";
import { domainGroups, domainNeighbours } from "./domain-neighbours";
import { domainHref } from "./domains";
import { relatedPairs } from "../related";
import { domainAnchor } from "../anchors";

/** What a code page shows below Try it: the same error in other catalogs, and other codes of its domain. */
export interface RelatedView {
  same: { entry: Entry; catalogName: string }[];
  /** A few codes of the same domain around this one. */
  neighbours: Entry[];
  /** How many codes the domain has, and where they are all listed. */
  domainSize: number;
  domainHref: string;
}

interface Index {
  pairs: ReturnType<typeof relatedPairs>;
  byKey: Map<string, Entry>;
  groups: Map<string, Entry[]>;
  catalogs: Map<string, Catalog>;
}

// Built once per set of catalogs: a 10,000-code build renders 10,000 pages, and each must not walk every entry again.
const indexes = new WeakMap<readonly Catalog[], Index>();

function indexOf(catalogs: readonly Catalog[]): Index {
  let index = indexes.get(catalogs);
  if (!index) {
    const entries = catalogs.flatMap(entriesOf);
    index = {
      pairs: relatedPairs(catalogs),
      byKey: new Map(entries.map((e) => [refKey(e.catalog, e.code), e])),
      groups: domainGroups(entries),
      catalogs: new Map(catalogs.map((c) => [c.slug, c])),
    };
    indexes.set(catalogs, index);
  }
  return index;
}

export function relatedView(catalogs: readonly Catalog[], entry: Entry): RelatedView {
  const index = indexOf(catalogs);
  const same = (index.pairs.get(refKey(entry.catalog, entry.code)) ?? []).flatMap((r) => {
    const other = index.byKey.get(refKey(r.catalog, r.code));
    return other ? [{ entry: other, catalogName: index.catalogs.get(other.catalog)?.service.name ?? other.catalog }] : [];
  });
  const group = index.groups.get(`${entry.catalog}/${entry.domain}`) ?? [];
  const catalog = index.catalogs.get(entry.catalog);
  return {
    same,
    neighbours: domainNeighbours(group, entry),
    domainSize: group.length,
    domainHref: catalog ? domainHref(catalog, entry.domain, domainAnchor(entry.domain)) : "",
  };
}
