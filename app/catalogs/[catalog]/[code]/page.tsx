import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CodeDetails } from "@/components/code-details";
import { getAllEntries, getCatalog, getEntry } from "@/lib/catalog/repository";
import { fillMessage } from "@/lib/catalog/model";

interface Props {
  params: Promise<{ catalog: string; code: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllEntries().map((e) => ({ catalog: e.catalog, code: e.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { catalog: slug, code } = await params;
  const entry = getEntry(slug, code);
  const catalog = getCatalog(slug);
  if (!entry || !catalog) return {};
  const summary = entry.title ?? fillMessage(entry);
  return {
    title: `${entry.code}: ${summary} · ${catalog.service.name}`,
    description: `${entry.code} (HTTP ${entry.status}) in ${catalog.service.name}: ${fillMessage(entry)}`,
    alternates: { canonical: entry.url },
  };
}

export default async function CodePage({ params }: Props) {
  const { catalog: slug, code } = await params;
  const entry = getEntry(slug, code);
  const catalog = getCatalog(slug);
  if (!entry || !catalog) notFound();
  return <CodeDetails entry={entry} catalog={catalog} />;
}
