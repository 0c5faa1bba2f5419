import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { catalogPages } from "@/content/generated";
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

/** The page loads its catalog and hands it to the generated MDX, which passes it to its components. */
export default async function CatalogPage({ params }: Props) {
  const { catalog: slug } = await params;
  const catalog = getCatalog(slug);
  const load = catalogPages[slug];
  if (!catalog || !load) notFound();
  const { default: Content } = await load();
  return (
    <article className="prose">
      <Content catalog={catalog} />
    </article>
  );
}
