"use client";

import type { ErrorEntry } from "@/lib/catalog/schema";
import { markdownLink, shortLink } from "@/lib/links";
import { CopyButton } from "./copy-button.client";
import { usePageOrigin } from "./use-page-origin";

interface CodeLinksProps {
  entry: Pick<ErrorEntry, "code" | "title" | "message">;
  /** The configured public origin; without one, the links take the page's own (paths until hydration). */
  publicOrigin?: string;
}

/** "Copy link" (the short link), "Copy as Markdown" and the short link itself, on the origin the page is read at. */
export function CodeLinkActions({ entry, publicOrigin }: CodeLinksProps) {
  const origin = usePageOrigin(publicOrigin);
  const link = shortLink(entry.code, origin);
  return (
    <>
      <CopyButton text={link} label="Copy link" ariaLabel={`Copy link to ${entry.code}`} />
      <CopyButton text={markdownLink(entry, origin)} label="Copy as Markdown" ariaLabel={`Copy as Markdown: link to ${entry.code}`} />
      <code className="short-link muted">{link}</code>
    </>
  );
}
