import type { Metadata } from "next";
import { getCatalogs } from "@/lib/catalog/repository";
import { CatalogTable } from "@/components/catalog-table";
import { CatalogDownloads } from "@/components/catalog-downloads";

export const metadata: Metadata = {
  title: "All error codes · Errata",
  description: "Every error code of every catalog in Errata, with its HTTP status and message.",
  alternates: { canonical: "/catalogs/all" },
};

export default function AllCatalogsPage() {
  const catalogs = getCatalogs();
  const total = catalogs.reduce((n, c) => n + c.errors.length, 0);
  return (
    <article className="prose">
      <h1>All error codes</h1>
      <p className="lede">
        {total} codes from {catalogs.length} catalogs.
      </p>
      <p className="catalog-downloads">
        Download every code as{" "}
        <a href="/downloads/all.json" download="all.json">
          <code>all.json</code>
        </a>{" "}
        (the <code>/api/errors</code> shape); each catalog’s JSON, JSON Schema and TypeScript module are linked from its page.
      </p>
      {catalogs.map((catalog) => (
        <section key={catalog.slug} aria-labelledby={`all-${catalog.slug}`}>
          <h2 id={`all-${catalog.slug}`}>{catalog.service.name}</h2>
          <CatalogDownloads catalog={catalog} />
          <CatalogTable catalog={catalog.slug} anchorPrefix={`${catalog.slug}/`} />
        </section>
      ))}
    </article>
  );
}
