"use client";

import { memo, type Ref } from "react";
import type { TableRow } from "@/lib/table/rows";
import { markdownLink, shortLink } from "@/lib/links";
import { StatusBadge } from "../status-badge";
import { MessageText } from "../message-text";
import { CopyButton } from "../copy-button.client";
import { HighlightText } from "./highlight-text";
import { hiddenMatch } from "@/lib/table/hidden-match";

/** What every row needs besides its own data; memoized by the table so rows can stay memoized too. */
export interface RowContext {
  showCatalog: boolean;
  catalogNames: Record<string, string>;
  origin: string;
}

interface Props {
  row: TableRow;
  query: string;
  context: RowContext;
  isTarget: boolean;
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}

export const CodeRow = memo(function CodeRow({ row, query, context, isTarget, index, measureRef }: Props) {
  // The filter may match a field the table does not show (an action, a route, a note): show it, so the row says why.
  const also = query ? hiddenMatch(row, query, context.showCatalog ? context.catalogNames[row.catalog] : "") : undefined;
  return (
    <tr id={row.id} data-index={index} ref={measureRef} className={isTarget ? "row-target" : undefined}>
      <th scope="row">
        <a href={row.url} className="code-link">
          <code>
            <HighlightText text={row.code} query={query} code />
          </code>
        </a>
      </th>
      {context.showCatalog && <td>{context.catalogNames[row.catalog] ?? row.catalog}</td>}
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>
        <HighlightText text={row.domain} query={query} />
      </td>
      <td>
        {row.title && (
          <strong className="row-title">
            <HighlightText text={row.title} query={query} />
          </strong>
        )}
        <span className="row-message">{query ? <HighlightText text={row.message} query={query} /> : <MessageText entry={row} />}</span>
        {also && (
          <span className="row-also">
            <span className="row-also-label">Also matches: </span>
            <HighlightText text={also} query={query} />
          </span>
        )}
      </td>
      <td>
        <div className="row-actions">
          <CopyButton text={shortLink(row.code, context.origin)} label="Copy link" ariaLabel={`Copy link to ${row.code}`} />
          <CopyButton text={markdownLink(row, context.origin)} label="Markdown" ariaLabel={`Markdown: copy a link to ${row.code}`} />
          <a href={`${row.url}#try-it`} className="try-link">
            Try it
          </a>
        </div>
      </td>
    </tr>
  );
});
