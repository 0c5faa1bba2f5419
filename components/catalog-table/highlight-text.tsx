import type { ReactNode } from "react";
import { filterRanges } from "@/lib/table/normalize";
import { CodeBreaks } from "../code-breaks";

/**
 * Text with the filter's matches wrapped in <mark>; the text is rendered as text, never as markup. `code`: it is a code,
 * which may wrap after its separators (CodeBreaks).
 */
export function HighlightText({ text, query, code = false }: { text: string; query: string; code?: boolean }) {
  const show = (s: string, key?: number): ReactNode => (code ? <CodeBreaks key={key} text={s} /> : s);
  const ranges = query ? filterRanges(text, query) : [];
  if (ranges.length === 0) return <>{show(text)}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(show(text.slice(at, start), -start - 1));
    parts.push(<mark key={start}>{show(text.slice(start, end))}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(show(text.slice(at), -text.length - 1));
  return <>{parts}</>;
}
