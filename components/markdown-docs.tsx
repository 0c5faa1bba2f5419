import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Heading, Root } from "mdast";
import { visit } from "unist-util-visit";
import { isSafeHref } from "@/lib/safe-links";
import "./markdown-docs.css";

/** Headings inside docs start below the section's own h2, so they never break the page's outline (capped at h6). */
function demoteHeadings(below: number) {
  return () => (tree: Root) => {
    visit(tree, "heading", (node: Heading) => {
      node.depth = Math.min(6, node.depth + below - 1) as Heading["depth"];
    });
  };
}

/** Only https: and relative URLs survive; anything else (javascript:, data:, //host) is dropped. */
function safeUrl(url: string): string {
  return isSafeHref(url) ? url : "";
}

const components: Components = {
  // A link whose URL was dropped is its text; an external one opens without handing over this page.
  // Footnote links keep their ids and ARIA attributes, so the references and back-references work.
  a: ({ href, children, node: _node, ...rest }) =>
    href ? (
      <a {...rest} href={href} rel={/^https:/i.test(href) ? "noopener noreferrer" : undefined}>
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Images would load third-party content on the page: they become links to the image, labelled by their alt text.
  img: ({ src, alt }) => (typeof src === "string" && src ? <a href={src}>{alt || src}</a> : <span>{alt}</span>),
};

/**
 * Catalog Markdown (GFM) rendered at build time as data: raw HTML shows as text (react-markdown turns it into text
 * unless told to skip it), only https: and relative links are kept, and headings start at h`below`.
 */
export function MarkdownDocs({ source, below = 3 }: { source: string; below?: 3 | 4 }) {
  return (
    <div className="markdown-docs">
      {/* GFM footnotes get a paragraph for their label, not an h2 that would break the page's outline. */}
      <Markdown
        remarkPlugins={[remarkGfm, demoteHeadings(below)]}
        remarkRehypeOptions={{ footnoteLabelTagName: "p" }}
        urlTransform={safeUrl}
        components={components}
      >
        {source}
      </Markdown>
    </div>
  );
}
