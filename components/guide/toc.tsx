import type { Toc } from "@/lib/guides/toc";
import { WideOpenDetails } from "../wide-open-details.client";

/** Where the contents sit beside the guide rather than above it: components/guide/guide.css uses the same width. */
const BESIDE = "(min-width: 1200px)";

/**
 * "On this page": the guide's h2 and h3 headings as links, built at build time from the MDX (no script reads the page).
 * A column beside the guide on a wide screen; above it, collapsed, on a narrower one.
 */
export function GuideToc({ toc }: { toc: Toc }) {
  if (toc.length < 2) return null;
  return (
    <WideOpenDetails media={BESIDE} className="guide-toc">
      <summary>On this page</summary>
      <nav aria-label="On this page">
        <p className="guide-toc-title" aria-hidden="true">
          On this page
        </p>
        <ul>
          {toc.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? "guide-toc-sub" : undefined}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ul>
      </nav>
    </WideOpenDetails>
  );
}
