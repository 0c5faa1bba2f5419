import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CodeDetails } from "@/components/code-details";
import { Tombstone } from "@/components/tombstone";
import { getAllEntries, getCatalog, getCatalogs, getEntry } from "@/lib/catalog/repository";
import { relatedView } from "@/lib/catalog/related-view";
import { fillMessage } from "@/lib/catalog/model";
import { historyAt, historyParams } from "@/lib/short-links/repository";
import { shortLink } from "@/lib/links";
import { SITE_NAME } from "@/lib/site";

interface Props {
  params: Promise<{ catalog: string; code: string }>;
}

export const dynamicParams = false;

/** Every live code, plus the old URLs of renamed and removed codes, which must keep answering. */
export function generateStaticParams() {
  return [...getAllEntries().map((e) => ({ catalog: e.catalog, code: e.slug })), ...historyParams()];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { catalog: slug, code } = await params;
  const entry = getEntry(slug, code);
  const catalog = getCatalog(slug);
  if (!catalog) return {};
  if (!entry) {
    const gone = historyAt(slug, code);
    return gone?.kind === "removed" ? { title: `${gone.code} (removed) · ${catalog.service.name}`, robots: { index: false } } : {};
  }
  const title = `${entry.code}: ${entry.title ?? fillMessage(entry)} · ${catalog.service.name}`;
  const description = `${entry.code} (${entry.status === undefined ? "no HTTP status" : `HTTP ${entry.status}`}) in ${catalog.service.name}: ${fillMessage(entry)}`;
  const image = { url: `${entry.url}/opengraph-image`, width: 1200, height: 630, alt: `${entry.code}: ${fillMessage(entry)}` };
  return {
    title,
    description,
    alternates: { canonical: entry.url },
    openGraph: { type: "article", siteName: SITE_NAME, title, description, url: entry.url, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
    other: { "errata:short-link": shortLink(entry.code) },
  };
}

export default async function CodePage({ params }: Props) {
  const { catalog: slug, code } = await params;
  const entry = getEntry(slug, code);
  const catalog = getCatalog(slug);
  if (!catalog) notFound();
  if (!entry) {
    const gone = historyAt(slug, code);
    if (gone?.kind === "renamed") permanentRedirect(gone.url);
    if (gone?.kind === "removed") return <Tombstone target={gone} catalog={catalog} />;
    notFound();
  }
  return <CodeDetails entry={entry} catalog={catalog} related={relatedView(getCatalogs(), entry)} />;
}
