import Link from "next/link";
import { notFound } from "next/navigation";
import { getCatalog } from "@/lib/catalog/repository";
import { entriesByDomain } from "@/lib/catalog/model";
import { domainAnchor } from "@/lib/anchors";
import { StatusBadge } from "./status-badge";
import { MessageText } from "./message-text";
import { CopyButton } from "./copy-button.client";
import { markdownLink, shortLink } from "@/lib/links";

/** Every code of a catalog, grouped by domain, fully server-rendered. */
export function CatalogTable({ catalog: slug, anchorPrefix = "" }: { catalog: string; anchorPrefix?: string }) {
  const catalog = getCatalog(slug);
  if (!catalog) notFound();
  const groups = entriesByDomain(catalog);
  const hasTitles = catalog.errors.some((e) => e.title);
  const columns = hasTitles ? 4 : 3;
  return (
    <div className="table-wrap">
      <table className="error-table">
        <caption>
          {catalog.service.name}: {catalog.errors.length} error codes, grouped by domain
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">HTTP status</th>
            {hasTitles && <th scope="col">Title</th>}
            <th scope="col">Message</th>
          </tr>
        </thead>
        {groups.map(({ domain, entries }) => (
          <tbody key={domain.name}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columns} id={anchorPrefix + domainAnchor(domain.name)}>
                {domain.name} <span className="muted">({entries.length})</span>
              </th>
            </tr>
            {entries.map((entry) => (
              <tr key={entry.code} id={anchorPrefix + entry.code}>
                <th scope="row">
                  <Link href={entry.url} className="code-link">
                    <code>{entry.code}</code>
                  </Link>
                  <span className="row-links">
                    <CopyButton text={shortLink(entry.code)} label="Copy link" ariaLabel={`Copy link to ${entry.code}`} />
                    <CopyButton text={markdownLink(entry)} label="Copy as Markdown" ariaLabel={`Copy ${entry.code} as a Markdown link`} />
                  </span>
                </th>
                <td>
                  <StatusBadge status={entry.status} />
                </td>
                {hasTitles && <td>{entry.title}</td>}
                <td>
                  <MessageText entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
