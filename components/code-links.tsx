import type { ErrorEntry } from "@/lib/catalog/schema";
import { markdownLink, shortLink } from "@/lib/links";
import { CopyButton } from "./copy-button.client";
import "./code-links.css";

/** "Copy link" (the short link) and "Copy as Markdown" for one code; the text is made on the server. */
export function CodeLinks({ entry }: { entry: Pick<ErrorEntry, "code" | "title" | "message"> }) {
  return (
    <div className="code-links" role="group" aria-label={`Links to ${entry.code}`}>
      <CopyButton text={shortLink(entry.code)} label="Copy link" ariaLabel={`Copy link to ${entry.code}`} />
      <CopyButton text={markdownLink(entry)} label="Copy as Markdown" ariaLabel={`Copy as Markdown: link to ${entry.code}`} />
      <code className="short-link muted">{shortLink(entry.code)}</code>
    </div>
  );
}
