import { resolvePieces } from "../catalog/placeholders";

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

/** A piece of a result's snippet: text, or a placeholder shown by its label (`{key}` for a declared `%v`). */
export type SnippetPiece = { text: string; mark: boolean; placeholder: boolean };

/**
 * The snippet of a message as pages show messages (shownPieces): placeholders by name, each one piece, marked when a
 * range touches it. `ranges` are offsets into the message as written, whose placeholders a name may lengthen.
 */
export function snippetPieces(message: string, ranges: readonly Range[], names?: readonly string[]): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let end = 0;
  for (const piece of resolvePieces(
    message,
    names?.map((name) => ({ name })),
  )) {
    const raw = "text" in piece ? piece.text : "printf" in piece ? piece.printf : piece.brace;
    const start = end;
    end += raw.length;
    const touching = ranges.filter(([a, b]) => a < end && b > start);
    if ("text" in piece) {
      const inside = touching.map(([a, b]): Range => [Math.max(a, start) - start, Math.min(b, end) - start]);
      for (const p of splitHighlighted(raw, inside)) pieces.push({ ...p, placeholder: false });
    } else {
      const label = "printf" in piece && piece.placeholder ? `{${piece.placeholder.name}}` : raw;
      pieces.push({ text: label, mark: touching.length > 0, placeholder: true });
    }
  }
  return pieces;
}
