import { filterRanges } from "@/lib/table/normalize";

/** Text with the filter's matches wrapped in <mark>; the text is rendered as text, never as markup. */
export function HighlightText({ text, query }: { text: string; query: string }) {
  const ranges = query ? filterRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
