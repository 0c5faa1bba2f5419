import type { MatchedField } from "./config";
import type { Ref } from "./ref";

/**
 * Score tiers: an exact code (the whole query, or a code-like word in it) beats any partial or misspelt code, which
 * beats any text match; a message or title given word for word beats other text matches.
 */
export const SCORE = {
  exactCode: 1000,
  codeInText: 990,
  codeStart: 700,
  codeTypo: 650,
  codeToken: 600,
  codePrefix: 500,
  exactText: 400,
  template: 300,
  textMax: 200,
  status: 40,
};

/** What one query has found for one record so far: its tier score, its text score and the fields that matched. */
export interface Acc {
  score: number;
  text: number;
  matched: Set<MatchedField>;
}

/** The record's accumulator, created on first use. */
export type AccOf = (ref: Ref) => Acc;

/** Raises a record's tier score to `score` and marks the field that earned it. */
export function raise(a: Acc, score: number, field: MatchedField): void {
  a.score = Math.max(a.score, score);
  a.matched.add(field);
}
