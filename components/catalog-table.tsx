import { entriesOf } from "@/lib/catalog/model";
import { isSplit, type DomainPage } from "@/lib/catalog/domains";
import type { Catalog } from "@/lib/catalog/schema";
import { DomainIndex } from "./domain-index";
import { toTableRow, type TableData } from "@/lib/table/rows";
import { PUBLIC_ORIGIN } from "@/lib/site";
import { LazyInteractiveTable } from "./catalog-table/lazy-table.client";
import "./catalog-table/catalog-table.css";

/**
 * The prerendered HTML is the static table (every row, no JavaScript needed); the page hydrates it in place, and the
 * interactive table replaces it on first use (lazy-table.client.tsx). No Suspense boundary: nothing here reads the URL while
 * prerendering, and a boundary would make the prerender stream the table twice (fallback, then content).
 */
function TableShell({ rows, title, catalogNames, showCatalog, varFacets }: TableData) {
  // The URL-state adapter (nuqs) comes with the interactive table's chunk, where URL state lives.
  return (
    <LazyInteractiveTable
      rows={rows}
      title={title}
      catalogNames={catalogNames}
      showCatalog={showCatalog}
      origin={PUBLIC_ORIGIN ?? ""}
      {...(varFacets?.length ? { varFacets } : {})}
    />
  );
}

/** Every code of one catalog: filter, facets, grouping and sorting; a large catalog lists its domain pages instead. */
export function CatalogTable({ catalog }: { catalog: Catalog }) {
  if (isSplit(catalog)) return <DomainIndex catalog={catalog} />;
  const varFacets = catalog.facets ?? [];
  const rows = entriesOf(catalog).map((entry) => toTableRow(entry, "", varFacets));
  return (
    <TableShell
      rows={rows}
      title={catalog.service.name}
      catalogNames={{ [catalog.slug]: catalog.service.name }}
      showCatalog={false}
      varFacets={varFacets}
    />
  );
}

/** One domain's codes, on its own page: the same table, with the catalog's vars facets. */
export function DomainTable({ catalog, page }: { catalog: Catalog; page: DomainPage }) {
  const varFacets = catalog.facets ?? [];
  const rows = page.entries.map((entry) => toTableRow(entry, "", varFacets));
  return (
    <TableShell
      rows={rows}
      title={`${catalog.service.name}: ${page.domain.name}`}
      catalogNames={{ [catalog.slug]: catalog.service.name }}
      showCatalog={false}
      varFacets={varFacets}
    />
  );
}

/** Every code of every catalog in one table, with a Catalog facet; row ids are `${catalog}/${code}`. */
export function AllCatalogsTable({ catalogs }: { catalogs: readonly Catalog[] }) {
  const rows = catalogs.flatMap((catalog) => entriesOf(catalog).map((entry) => toTableRow(entry, `${catalog.slug}/`)));
  const catalogNames = Object.fromEntries(catalogs.map((c) => [c.slug, c.service.name]));
  return <TableShell rows={rows} title="All catalogs" catalogNames={catalogNames} showCatalog />;
}
