const WORD = /[\p{L}\p{N}]+/gu;

export type Range = [start: number, end: number];

/**
 * Ranges of `text` to mark for a query: words equal to a term, or starting with a term of three letters or more
 * (what a user types is often the start of a word). Ranges are sorted and never overlap.
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const exact = new Set(terms);
  const prefixes = terms.filter((t) => t.length >= 3);
  const ranges: Range[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const w = /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFKD").replace(/\p{M}/gu, "");
    if (exact.has(w) || prefixes.some((p) => w.startsWith(p))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Splits text into plain and marked pieces for rendering as text nodes (never as HTML). */
export function splitHighlighted(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
