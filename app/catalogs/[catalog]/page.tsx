import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { catalogPages } from "@/content/generated";
import { CatalogEnvelope } from "@/components/catalog-envelope";
import { CatalogIntro } from "@/components/catalog-intro";
import { CatalogTable } from "@/components/catalog-table";
import { catalogParams, getCatalog, type CatalogPageProps } from "@/lib/catalog/repository";
import { routes } from "@/lib/routes";

type Props = CatalogPageProps;

export const dynamicParams = false;
export const generateStaticParams = catalogParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const catalog = getCatalog((await params).catalog);
  if (!catalog) return {};
  return {
    title: `${catalog.service.name} error codes · Errata`,
    description: `All ${catalog.errors.length} error codes of ${catalog.service.name}, with HTTP status, meaning and response body.`,
    alternates: { canonical: routes.catalog(catalog.slug) },
  };
}

/**
 * The components the generated MDX uses, bound here rather than in mdx-components.tsx, which every MDX file imports:
 * there they put the table's script and stylesheet on every guide too.
 */
const components = { CatalogIntro, CatalogTable, CatalogEnvelope };

/** The page loads its catalog and hands it to the generated MDX, which passes it to its components. */
export default async function CatalogPage({ params }: Props) {
  const { catalog: slug } = await params;
  const catalog = getCatalog(slug);
  const load = catalogPages[slug];
  if (!catalog || !load) notFound();
  const { default: Content } = await load();
  return (
    <article className="prose">
      <Content catalog={catalog} components={components} />
    </article>
  );
}
