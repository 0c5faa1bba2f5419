import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guides } from "@/content/guides";
import "@/components/guide/guide.css";
import { routes } from "@/lib/routes";
import { getAllEntries, getCatalogs } from "@/lib/catalog/repository";
import { ErrorCode } from "@/components/guide/error-code";
import { Envelope } from "@/components/guide/envelope";
import { GuideToc } from "@/components/guide/toc";
import { InlineCode } from "@/components/guide/inline-code";
import { tocSchema } from "@/lib/guides/toc";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return guides.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const guide = guides.find((g) => g.slug === slug);
  if (!guide) return {};
  return { title: `${guide.title} · Errata`, description: guide.description, alternates: { canonical: routes.guide(guide.slug) } };
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  const guide = guides.find((g) => g.slug === slug);
  if (!guide) notFound();
  const { default: Content, toc } = await guide.load();
  // The page owns the data its components show: codes and envelopes come from the catalogs, bound here.
  const catalogs = getCatalogs();
  const entries = getAllEntries();
  const components = {
    ErrorCode: (props: { code: string; catalog?: string }) => <ErrorCode {...props} entries={entries} />,
    Envelope: (props: { catalog: string }) => <Envelope {...props} catalogs={catalogs} />,
    code: InlineCode,
  };
  return (
    <div className="guide-layout">
      <GuideToc toc={tocSchema.parse(toc)} />
      <article className="prose guide">
        <p className="eyebrow">Guide</p>
        <Content components={components} />
      </article>
    </div>
  );
}
