import { IntentLink } from "@/components/intent-link.client";
import type { Entry } from "@/lib/catalog/model";
import { codeUrl } from "@/lib/catalog/model";
import { getAllEntries, getCatalogs } from "@/lib/catalog/repository";
import { refKey } from "@/lib/catalog/cross-refs";
import { relatedPairs, type CodeRef } from "@/lib/related";
import { domainAnchor } from "@/lib/anchors";
import { domainGroups, domainNeighbours } from "@/lib/catalog/domain-neighbours";
import { StatusBadge } from "./status-badge";
import { routes } from "@/lib/routes";

// Built once per process: a 10,000-code build renders 10,000 pages, and each must not walk every entry again.
let pairs: Map<string, CodeRef[]> | undefined;
let byKey: Map<string, Entry> | undefined;
let groups: Map<string, Entry[]> | undefined;

/** Codes meaning the same in other catalogs, then the other codes of this code's domain. */
export function RelatedErrors({ entry }: { entry: Entry }) {
  pairs ??= relatedPairs(getCatalogs());
  const names = new Map(getCatalogs().map((c) => [c.slug, c.service.name]));
  byKey ??= new Map(getAllEntries().map((e) => [refKey(e.catalog, e.code), e]));
  groups ??= domainGroups(getAllEntries());
  const same = (pairs.get(refKey(entry.catalog, entry.code)) ?? []).flatMap((r) => byKey!.get(refKey(r.catalog, r.code)) ?? []);
  const group = groups.get(`${entry.catalog}/${entry.domain}`) ?? [];
  const domain = domainNeighbours(group, entry);
  return (
    <>
      <section aria-labelledby="same-elsewhere" className="related">
        <h2 id="same-elsewhere">Same error in other catalogs</h2>
        {same.length ? (
          <ul className="related-list">
            {same.map((e) => (
              <li key={e.url}>
                <IntentLink href={codeUrl(e.catalog, e.code)}>
                  <code>{e.code}</code>
                </IntentLink>{" "}
                <span className="muted">in {names.get(e.catalog)}</span> <StatusBadge status={e.status} /> <span>{e.title ?? e.message}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No other catalog has a code with this meaning.</p>
        )}
      </section>
      {domain.length > 0 && (
        <section aria-labelledby="same-domain" className="related">
          <h2 id="same-domain">Other {entry.domain} codes</h2>
          <ul className="related-list">
            {domain.map((e) => (
              <li key={e.url}>
                <IntentLink href={e.url}>
                  <code>{e.code}</code>
                </IntentLink>{" "}
                <StatusBadge status={e.status} /> <span>{e.title ?? e.message}</span>
              </li>
            ))}
          </ul>
          {domain.length < group.length - 1 && (
            <p>
              <IntentLink href={routes.catalogSection(entry.catalog, domainAnchor(entry.domain))}>
                All {group.length} {entry.domain} codes
              </IntentLink>
            </p>
          )}
        </section>
      )}
    </>
  );
}
