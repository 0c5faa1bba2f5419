import type { Metadata } from "next";
import { getCatalogs } from "@/lib/catalog/repository";
import { AllCatalogsTable } from "@/components/catalog-table";
import { CatalogDownloads } from "@/components/catalog-downloads";
import { DomainIndex } from "@/components/domain-index";
import { SPLIT_ABOVE } from "@/lib/catalog/domains";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "All error codes · Errata",
  description: "Every error code of every catalog in Errata, with its HTTP status and message.",
  alternates: { canonical: routes.allCodes() },
};

export default function AllCatalogsPage() {
  const catalogs = getCatalogs();
  const total = catalogs.reduce((n, c) => n + c.errors.length, 0);
  return (
    <article className="prose">
      <h1>All error codes</h1>
      <p className="lede">
        {total} codes from {catalogs.length} catalogs.
        {total > SPLIT_ABOVE
          ? " Each catalog’s domains are below, each with its table."
          : " Filter, tick a catalog, or group by HTTP status."}
      </p>
      {/* Past the split size, one table of everything would be megabytes of HTML: each catalog's domains instead. */}
      {total > SPLIT_ABOVE ? (
        catalogs.map((catalog) => <DomainIndex key={catalog.slug} catalog={catalog} heading={catalog.service.name} />)
      ) : (
        <AllCatalogsTable catalogs={catalogs} />
      )}
      <section aria-labelledby="all-downloads">
        <h2 id="all-downloads">Downloads</h2>
        <p>
          Download every code as{" "}
          <a href={routes.download("all.json")} download="all.json">
            <code>all.json</code>
          </a>{" "}
          (the <code>/api/errors</code> shape); each catalog’s JSON, JSON Schema, TypeScript module and OpenAPI document follow.
        </p>
        {catalogs.map((catalog) => (
          <CatalogDownloads key={catalog.slug} catalog={catalog} />
        ))}
      </section>
    </article>
  );
}
