import { IntentLink } from "@/components/intent-link.client";
import type { Entry } from "@/lib/catalog/model";
import type { RelatedView } from "@/lib/catalog/related-view";
import { StatusBadge } from "./status-badge";
import { MessageText } from "./message-text";
import "./code-links.css";

/** Codes meaning the same in other catalogs, then the other codes of this code's domain (lib/catalog/related-view.ts). */
export function RelatedErrors({ entry, related }: { entry: Entry; related: RelatedView }) {
  const { same, neighbours: domain, domainSize, domainHref } = related;
  return (
    <>
      <section aria-labelledby="same-elsewhere" className="related">
        <h2 id="same-elsewhere">Same error in other catalogs</h2>
        {same.length ? (
          <ul className="related-list">
            {same.map(({ entry: e, catalogName }) => (
              <li key={e.url}>
                <IntentLink href={e.url}>
                  <code>{e.code}</code>
                </IntentLink>{" "}
                <span className="muted">in {catalogName}</span> <StatusBadge status={e.status} />{" "}
                <span>{e.title ?? <MessageText entry={e} />}</span>
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
                <StatusBadge status={e.status} /> <span>{e.title ?? <MessageText entry={e} />}</span>
              </li>
            ))}
          </ul>
          {domain.length < domainSize - 1 && (
            <p>
              <IntentLink href={domainHref}>
                All {domainSize} {entry.domain} codes
              </IntentLink>
            </p>
          )}
        </section>
      )}
    </>
  );
}
