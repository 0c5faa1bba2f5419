import type { Catalog } from "@/lib/catalog/schema";
import { countByClass } from "@/lib/catalog/model";
import { domainPages, domainPath } from "@/lib/catalog/domains";
import { IntentLink } from "./intent-link.client";
import { SafeText } from "./safe-text";
import "./domain-index.css";

/**
 * A large catalog's page lists its domains, each linking to a page with that domain's table: every code is one link
 * away without JavaScript, and no page carries thousands of rows.
 */
export function DomainIndex({ catalog, heading }: { catalog: Catalog; heading?: string }) {
  const pages = domainPages(catalog);
  const id = `domains-of-${catalog.slug}`;
  // On the catalog page the index sits under its "Errors" heading; on /catalogs/all each catalog's has its own.
  return (
    <section {...(heading ? { "aria-labelledby": id } : { "aria-label": `Domains of ${catalog.service.name}` })} className="domain-index">
      {heading && <h2 id={id}>{heading}</h2>}
      <p>
        {catalog.service.name} has {catalog.errors.length} codes in {pages.length} domains; each domain has a page with its table. To find
        one code, use search (press <kbd>/</kbd>) or go straight to <code>/e/CODE</code>.
      </p>
      <div className="table-wrap">
        <table className="domain-table">
          <caption>Domains of {catalog.service.name}, with their codes by HTTP status class</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col" className="num">
                Codes
              </th>
              <th scope="col" className="num">
                4xx
              </th>
              <th scope="col" className="num">
                5xx
              </th>
              <th scope="col" className="num">
                Other
              </th>
            </tr>
          </thead>
          <tbody>
            {pages.map(({ slug, domain, entries }) => {
              const counts = countByClass({ ...catalog, errors: entries });
              return (
                <tr key={slug}>
                  <th scope="row">
                    <IntentLink href={domainPath(catalog.slug, slug)}>{domain.name}</IntentLink>
                    {domain.description && (
                      <span className="domain-description">
                        <SafeText text={domain.description} />
                      </span>
                    )}
                  </th>
                  <td className="num">{entries.length}</td>
                  <td className="num">{counts["4xx"]}</td>
                  <td className="num">{counts["5xx"]}</td>
                  <td className="num">{entries.length - counts["4xx"] - counts["5xx"]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
