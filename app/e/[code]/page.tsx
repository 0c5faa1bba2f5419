import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { CodeChoices } from "@/components/code-choices";
import { ShortLinkMissing } from "@/components/short-link-missing";
import { getShortLinkIndex } from "@/lib/short-links/repository";
import { resolveShortCode } from "@/lib/short-links";

interface Props {
  params: Promise<{ code: string }>;
}

// Rendered per request, not prerendered: any spelling resolves, and on-demand ISR renders of this route
// answered the redirect with a doubled Location header.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolution = resolveShortCode(getShortLinkIndex(), (await params).code);
  if (resolution.kind !== "choices") return {};
  const code = resolution.targets[0]!.code;
  return {
    title: `${code} in ${resolution.targets.length} catalogs · Errata`,
    description: `${code} is used by ${resolution.targets.map((t) => t.catalogName).join(", ")}. Pick the catalog your API belongs to.`,
    robots: { index: false },
  };
}

export default async function ShortLink({ params }: Props) {
  const resolution = resolveShortCode(getShortLinkIndex(), (await params).code);
  if (resolution.kind === "redirect") permanentRedirect(resolution.url);
  // Rendered here rather than with notFound(): Next renders a dynamic route's not-found boundary only in the browser
  // (vercel/next.js#62228), which left readers without JavaScript a blank page. The proxy sends this page as a 404.
  if (resolution.kind === "missing") return <ShortLinkMissing />;
  return <CodeChoices targets={resolution.targets} />;
}
