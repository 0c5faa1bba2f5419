import { normalizeCode } from "../catalog/normalize";

export { normalizeCode };

const WORD = /[\p{L}\p{N}]+/gu;

/** Words as the index sees them: lower case, accents folded, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return (text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? []) as string[];
}

/**
 * A code's parts: its words, and where a word runs letters into digits, each run too, so "50126" finds AADSTS50126
 * and "0000047" finds E0000047 as a whole part, as "1002" finds AUT-1002.
 */
export function codeParts(code: string): string[] {
  const parts = words(code);
  for (const word of words(code)) {
    const runs = word.match(/\p{L}+|\p{N}+/gu) ?? [];
    if (runs.length > 1) parts.push(...runs);
  }
  return parts;
}

/** Words too common in error messages to rank anything; dropped unless the query has nothing else. */
export const STOPWORDS = new Set([
  "a",
  "an",
  "the",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "of",
  "to",
  "in",
  "on",
  "for",
  "and",
  "or",
  "with",
  "this",
  "that",
  "it",
  "its",
  "by",
  "at",
  "as",
  "from",
  "has",
  "have",
  "had",
  "please",
]);

/** Query terms: distinct words without stopwords (all words if every one is a stopword), at most `max`. */
export function queryTerms(query: string, max = 12): string[] {
  const all = [...new Set(words(query))];
  const kept = all.filter((w) => !STOPWORDS.has(w));
  return (kept.length > 0 ? kept : all).slice(0, max);
}

/**
 * The words of a query that look like codes, wherever they sit: "code: AUT-1002", "error_code=TOKEN_EXPIRED",
 * "HTTP 404 user:not_found", "{'code': 'APP_002'}". A word looks like a code when it joins letters or digits with a
 * separator (`_ : - . /`), mixes letters and digits, or is in capitals (FORBIDDEN); plain lower-case words are left
 * to the text search.
 */
export function codeTokens(query: string): string[] {
  const tokens = query.split(/[\s=,;'"`{}()[\]<>|]+/).map((t) => t.replace(/^[.:/-]+|[.:/!?-]+$/g, ""));
  return [...new Set(tokens)].filter(
    (t) =>
      t.length >= 3 && (/[\p{L}\p{N}][_:\-./][\p{L}\p{N}]/u.test(t) || (/\p{L}/u.test(t) && /\p{N}/u.test(t)) || /^\p{Lu}{3,}$/u.test(t)),
  );
}

export { editDistance } from "../edit-distance";
