/** Filter text folding: case and separators never matter, so "auth 001", "auth-001" and "auth001" all find AUTH_001. */

const WORD = /[\p{L}\p{N}]/u;

/** Lower case with everything but letters and digits dropped. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The query's terms, folded; a row matches when its folded text contains every term. */
export function filterTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(fold)
    .filter((t) => t.length > 0);
}

/** Folded text of one row's fields, joined by a character no folded term can contain, so terms never span two fields. */
export function searchText(fields: readonly (string | undefined)[]): string {
  return fields
    .filter((f): f is string => Boolean(f))
    .map(fold)
    .join("|");
}

export function matchesTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

export type Range = readonly [start: number, end: number];

/**
 * Where the query appears in a displayed string, as [start, end) offsets into it: the whole folded query where it
 * occurs (so "auth 001" marks all of "AUTH_001"), otherwise each term. Ranges are sorted and merged.
 */
export function filterRanges(text: string, query: string): Range[] {
  const terms = filterTerms(query);
  if (terms.length === 0) return [];
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (WORD.test(ch)) {
      for (const lower of ch.toLowerCase()) {
        folded += lower;
        starts.push(i);
        ends.push(i + ch.length);
      }
    }
    i += ch.length;
  }
  const whole = terms.join("");
  const found: [number, number][] = [];
  const collect = (needle: string) => {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      found.push([starts[at]!, ends[at + needle.length - 1]!]);
    }
  };
  collect(whole);
  if (found.length === 0 && terms.length > 1) for (const term of terms) collect(term);
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
