import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link.client";
import { notFound } from "next/navigation";
import { catalogParams, getCatalog, type CatalogPageProps } from "@/lib/catalog/repository";
import { readChangelog } from "@/lib/changelog/read";
import { ChangelogList } from "@/components/changelog-list";
import { routes } from "@/lib/routes";

type Props = CatalogPageProps;

export const dynamicParams = false;
export const generateStaticParams = catalogParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const catalog = getCatalog((await params).catalog);
  if (!catalog) return {};
  return {
    title: `${catalog.service.name} changelog · Errata`,
    description: `Codes added, removed and changed in ${catalog.service.name}, from the history of its catalog file.`,
    alternates: { canonical: routes.changelog(catalog.slug) },
  };
}

export default async function ChangelogPage({ params }: Props) {
  const { catalog: slug } = await params;
  const catalog = getCatalog(slug);
  if (!catalog) notFound();
  const changelog = readChangelog().catalogs[slug] ?? { entries: [], note: "No history was generated (run npm run changelog)." };
  return (
    <article className="prose">
      <p className="eyebrow">Changelog</p>
      <h1>{catalog.service.name}</h1>
      <p className="lede">
        Codes added, removed and changed in <IntentLink href={routes.catalog(slug)}>{catalog.service.name}</IntentLink>, newest first, from
        the git history of <code>content/catalogs/{slug}.yaml</code>.
      </p>
      {changelog.note && (
        <p role="note" className="callout callout-note">
          {changelog.note}
        </p>
      )}
      <ChangelogList catalog={slug} entries={changelog.entries} />
    </article>
  );
}
