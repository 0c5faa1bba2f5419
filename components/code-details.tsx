import { IntentLink } from "@/components/intent-link.client";
import type { Catalog } from "@/lib/catalog/schema";
import type { Entry } from "@/lib/catalog/model";
import type { RelatedView } from "@/lib/catalog/related-view";
import { CodeBreadcrumb } from "./code-breadcrumb";
import { StatusBadge } from "./status-badge";
import { MessageText } from "./message-text";
import { SafeText } from "./safe-text";
import { MarkdownDocs } from "./markdown-docs";
import { TryItSection } from "./try-it/try-it-section";
import { CodeLinks } from "./code-links";
import { RelatedErrors } from "./related-errors";
import { operationsOf, retryLabel } from "@/lib/catalog/operations";
import { CodeBreaks } from "./code-breaks";
import { routes } from "@/lib/routes";
import "./code-details.css";

/** Everything known about one code: status, domain, message, extra fields, and the body a client receives. */
export function CodeDetails({ entry, catalog, related }: { entry: Entry; catalog: Catalog; related: RelatedView }) {
  const ops = operationsOf(entry);
  // The observability catalog documents no message, so its message is its Meaning: don't say it twice.
  const meaning = entry.meaning === entry.message ? undefined : entry.meaning;
  const extra = [
    ["Route", entry.route],
    ["Meaning", meaning],
  ].filter((pair): pair is [string, string] => Boolean(pair[1]));
  return (
    <article className="code-page">
      <CodeBreadcrumb catalog={catalog} domain={entry.domain} code={entry.code} />
      <header className="code-header">
        <h1>
          <code>
            <CodeBreaks text={entry.code} />
          </code>
        </h1>
        <StatusBadge status={entry.status} />
      </header>
      <CodeLinks entry={entry} />
      {entry.title && <p className="code-title">{entry.title}</p>}
      <p className="code-message">
        <MessageText entry={entry} />
      </p>
      <dl className="facts">
        <div>
          <dt>HTTP status</dt>
          <dd>
            {entry.status === undefined
              ? "None: the API sends this code without an HTTP status of its own"
              : typeof entry.status === "string"
                ? `${entry.status} (the source documents only the status class)`
                : entry.status}
          </dd>
        </div>
        <div>
          <dt>Catalog</dt>
          <dd>
            <IntentLink href={routes.catalog(catalog.slug)}>{catalog.service.name}</IntentLink>
          </dd>
        </div>
        <div>
          <dt>Domain</dt>
          <dd>{entry.domain}</dd>
        </div>
        {extra.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{label === "Route" ? <code>{value}</code> : value}</dd>
          </div>
        ))}
        {Object.entries(entry.vars ?? {}).map(([name, value]) => (
          <div key={`var-${name}`} className="fact-var">
            <dt>
              <code>{name}</code>
            </dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
        <div>
          <dt>Retry</dt>
          <dd>{retryLabel(ops.retry)}</dd>
        </div>
        <div className="fact-wide">
          <dt>{ops.documented ? "Action (documented)" : "What to do"}</dt>
          <dd>{ops.guidance}</dd>
        </div>
      </dl>
      {entry.placeholders && entry.placeholders.length > 0 && (
        <section aria-labelledby="placeholders">
          <h2 id="placeholders">Placeholders</h2>
          {/* Focusable so a keyboard can scroll it sideways where a phone is too narrow for it. */}
          <div className="table-wrap" role="region" aria-label="Placeholders table" tabIndex={0}>
            <table className="plain-table placeholders-table">
              <caption className="sr-only">Placeholders in the message, in order</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Name</th>
                  <th scope="col">Example</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {entry.placeholders.map((p, i) => (
                  <tr key={`${p.name}-${i}`}>
                    <td>{i + 1}</td>
                    <th scope="row">
                      <code>{p.name}</code>
                    </th>
                    <td>
                      <code>{p.example}</code>
                    </td>
                    <td>{p.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {entry.docs && (
        <section aria-labelledby="docs" className="code-docs">
          <h2 id="docs">Documentation</h2>
          <MarkdownDocs source={entry.docs} />
        </section>
      )}
      {entry.notes && (
        <aside className="callout callout-warn" aria-label="Note on this code">
          <strong>Note. </strong>
          <SafeText text={entry.notes} />
        </aside>
      )}
      <TryItSection entry={entry} catalog={catalog} />
      <RelatedErrors entry={entry} related={related} />
    </article>
  );
}
