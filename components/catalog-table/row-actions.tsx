import type { TableRow } from "@/lib/table/rows";
import { markdownLink, shortLink } from "@/lib/links";
import { CopyButton } from "../copy-button.client";

/**
 * A row's actions in one compact line of icon buttons: copy the short link, copy a Markdown link, open Try it. Each has
 * its full name for screen readers and as a tooltip; on devices that hover they show on the row's hover or focus.
 */
export function RowActions({ row, origin }: { row: TableRow; origin: string }) {
  return (
    <div className="row-actions">
      <CopyButton
        text={shortLink(row.code, origin)}
        label="Copy link"
        ariaLabel={`Copy link to ${row.code}`}
        className="row-action"
        icon={<LinkIcon />}
      />
      <CopyButton
        text={markdownLink(row, origin)}
        label="Copy as Markdown"
        ariaLabel={`Markdown: copy a link to ${row.code}`}
        className="row-action"
        icon={<MarkdownIcon />}
      />
      <a href={`${row.url}#try-it`} className="row-action" title="Try it" aria-label={`Try it: ${row.code}`}>
        <PlayIcon />
      </a>
    </div>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.9.9" />
      <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3.2 8.6a3 3 0 0 0 4.2 4.2l.9-.9" />
    </svg>
  );
}

function MarkdownIcon() {
  return (
    <svg aria-hidden="true" width="18" height="16" viewBox="0 0 18 16" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="1" y="3" width="16" height="10" rx="1.5" />
      <path d="M4 10.5v-5l2 2.5 2-2.5v5M12.5 5.5v5M10.5 8.5l2 2 2-2" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
      <path d="M5 3.5v9l7.5-4.5z" />
    </svg>
  );
}
