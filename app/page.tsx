import { IntentLink } from "@/components/intent-link.client";
import { HomeLookup } from "@/components/home-lookup.client";
import { getCatalogs } from "@/lib/catalog/repository";
import { countBelow400, countByClass } from "@/lib/catalog/model";
import { SITE_TAGLINE } from "@/lib/site";
import { routes } from "@/lib/routes";
import "./home.css";

export default function HomePage() {
  const catalogs = getCatalogs();
  const total = catalogs.reduce((n, c) => n + c.errors.length, 0);
  return (
    <>
      <section className="hero">
        <h1>Look up any API error</h1>
        <p className="lede">{SITE_TAGLINE}</p>
        <HomeLookup />
        <p className="counts">
          {catalogs.length} catalogs · {total} error codes
        </p>
      </section>
      <h2 id="catalogs">Catalogs</h2>
      <ul className="catalog-grid">
        {catalogs.map((catalog) => {
          const counts = countByClass(catalog);
          return (
            <li key={catalog.slug} className="card">
              <h3>
                {/* The whole card is the link's target (home.css); the arrow is a cue, not part of the name. */}
                <IntentLink href={routes.catalog(catalog.slug)} className="card-link">
                  {catalog.service.name}
                  <span className="card-arrow" aria-hidden="true">
                    →
                  </span>
                </IntentLink>
              </h3>
              <p className="muted">{catalog.description}</p>
              <dl className="class-counts" aria-label={`${catalog.service.name} codes by status class`}>
                <div>
                  <dt>Codes</dt>
                  <dd>{catalog.errors.length}</dd>
                </div>
                <div>
                  <dt>4xx</dt>
                  <dd>{counts["4xx"]}</dd>
                </div>
                <div>
                  <dt>5xx</dt>
                  <dd>{counts["5xx"]}</dd>
                </div>
                {countBelow400(counts) > 0 && (
                  <div>
                    <dt>Below 400</dt>
                    <dd>{countBelow400(counts)}</dd>
                  </div>
                )}
                {counts.none > 0 && (
                  <div>
                    <dt>No status</dt>
                    <dd>{counts.none}</dd>
                  </div>
                )}
              </dl>
              <p className="example-code">
                e.g. <code>{catalog.errors[0]?.code}</code>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
