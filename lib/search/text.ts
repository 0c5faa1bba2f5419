import { normalizeCode } from "../catalog/normalize";

export { normalizeCode };

const WORD = /[\p{L}\p{N}]+/gu;

/** Words as the index sees them: lower case, accents folded, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return (text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? []) as string[];
}

/** Words too common in error messages to rank anything; dropped unless the query has nothing else. */
export const STOPWORDS = new Set([
  "a", "an", "the", "is", "are", "was", "were", "be", "been", "of", "to", "in", "on", "for", "and", "or", "with",
  "this", "that", "it", "its", "by", "at", "as", "from", "has", "have", "had", "please",
]);

/** Query terms: distinct words without stopwords (all words if every one is a stopword), at most `max`. */
export function queryTerms(query: string, max = 12): string[] {
  const all = [...new Set(words(query))];
  const kept = all.filter((w) => !STOPWORDS.has(w));
  return (kept.length > 0 ? kept : all).slice(0, max);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "credentails" is one edit
 * from "credentials"), giving up as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
