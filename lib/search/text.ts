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

export { editDistance } from "../edit-distance";
