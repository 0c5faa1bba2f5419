import { fold, filterRanges, filterTerms } from "./normalize";
import { MORE_SEPARATOR, rowShownFields, type TableRow } from "./rows";

/**
 * Why a row matches the filter when the reason is not on screen: the first of its unshown fields (route, meaning,
 * action, notes, placeholders) holding a term that the shown ones (code, title, message, domain, status, catalog) lack,
 * clipped to about `max` characters around the match. Undefined when everything the filter found is shown.
 */
export function hiddenMatch(row: TableRow, query: string, catalogName = "", max = 140): string | undefined {
  const terms = filterTerms(query);
  if (terms.length === 0 || !row.more) return undefined;
  const shown = rowShownFields(row, catalogName).map(fold).join("|");
  const missing = terms.filter((t) => !shown.includes(t));
  if (missing.length === 0) return undefined;
  for (const part of row.more.split(MORE_SEPARATOR)) {
    const term = missing.find((t) => fold(part).includes(t));
    if (term) return clip(part, filterRanges(part, term)[0]?.[0] ?? 0, max);
  }
  return undefined;
}

/** About `max` characters of `text` around `at`, cut at spaces, with an ellipsis where it is cut. */
function clip(text: string, at: number, max: number): string {
  if (text.length <= max) return text;
  let start = Math.max(0, at - Math.floor(max / 3));
  let end = Math.min(text.length, start + max);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}
