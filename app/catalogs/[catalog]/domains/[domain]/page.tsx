import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCatalog, getCatalogs } from "@/lib/catalog/repository";
import { domainPages, domainPath } from "@/lib/catalog/domains";
import { DomainTable } from "@/components/catalog-table";
import { IntentLink } from "@/components/intent-link.client";
import { SafeText } from "@/components/safe-text";
import { Breadcrumb } from "@/components/breadcrumb";
import { routes } from "@/lib/routes";

interface Props {
  params: Promise<{ catalog: string; domain: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalogs().flatMap((c) => domainPages(c).map((p) => ({ catalog: c.slug, domain: p.slug })));
}

async function load(params: Props["params"]) {
  const { catalog: slug, domain } = await params;
  const catalog = getCatalog(slug);
  const pages = catalog ? domainPages(catalog) : [];
  const index = pages.findIndex((p) => p.slug === domain);
  return catalog && index >= 0 ? { catalog, pages, index, page: pages[index]! } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { catalog, page } = found;
  return {
    title: `${page.domain.name} error codes of ${catalog.service.name} · Errata`,
    description: `The ${page.entries.length} ${page.domain.name} error codes of ${catalog.service.name}, with HTTP status, meaning and response body.`,
    alternates: { canonical: domainPath(catalog.slug, page.slug) },
  };
}

/** One domain of a catalog: its codes in the catalog's table, with links to the neighbouring domains. */
export default async function DomainPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { catalog, pages, index, page } = found;
  const prev = pages[index - 1];
  const next = pages[index + 1];
  return (
    <article className="prose">
      <Breadcrumb
        trail={[
          { href: routes.home(), label: "Catalogs" },
          { href: routes.catalog(catalog.slug), label: catalog.service.name },
        ]}
        current={page.domain.name}
      />
      <header className="catalog-intro">
        <p className="eyebrow">{catalog.service.name} · domain</p>
        <h1>{page.domain.name}</h1>
        {page.domain.description && (
          <p className="lede">
            <SafeText text={page.domain.description} />
          </p>
        )}
        <p className="counts">
          <strong>{page.entries.length}</strong> of the {catalog.errors.length} codes of {catalog.service.name}
        </p>
      </header>
      <DomainTable catalog={catalog} page={page} />
      <nav aria-label="Other domains" className="pager">
        {prev && (
          <IntentLink href={domainPath(catalog.slug, prev.slug)} rel="prev">
            ← {prev.domain.name}
          </IntentLink>
        )}
        {next && (
          <IntentLink href={domainPath(catalog.slug, next.slug)} rel="next">
            {next.domain.name} →
          </IntentLink>
        )}
      </nav>
    </article>
  );
}
