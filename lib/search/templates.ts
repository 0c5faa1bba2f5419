import { messageLiterals } from "../catalog/placeholders";
import { words } from "./text";

/** A message as a sequence of words and placeholders (null), in any placeholder syntax (lib/catalog/placeholders). */
export type Template = (string | null)[];

/** Longest filled-in value, in words, that one placeholder may stand for. */
const MAX_VALUE_WORDS = 6;
/** A run this short could match by chance; require more of the message's own words. */
const MIN_LITERAL_WORDS = 3;

export function compileTemplate(message: string): Template | undefined {
  const literals = messageLiterals(message);
  if (literals.length < 2) return undefined;
  const template: Template = [];
  literals.forEach((part, i) => {
    if (i > 0) template.push(null);
    template.push(...words(part));
  });
  return template;
}

/**
 * How well `query` reads as the text a user actually saw for this message, or a stretch of it: the words must
 * follow the message in order, with each placeholder filled by one to six words, covering at least one placeholder
 * and three of the message's own words, which must be at least half the query. Answers the number of the message's own words matched (0: no match), so
 * "The metadata key tenant_color exceeds the maximum allowed length of 64 characters" fits "The metadata key %v
 * exceeds the maximum allowed length of %v characters. Please use a shorter key." better than it fits the same
 * message about a metadata value. Case and punctuation do not matter.
 */
export function matchTemplate(template: Template, query: readonly string[]): number {
  if (query.length === 0) return 0;
  const from = (t: number, q: number, literals: number, filled: number): number => {
    if (q === query.length) return filled > 0 && literals >= MIN_LITERAL_WORDS && literals * 2 >= query.length ? literals : 0;
    if (t === template.length) return 0;
    const token = template[t];
    if (token !== null) return token === query[q] ? from(t + 1, q + 1, literals + 1, filled) : 0;
    let best = 0;
    for (let k = 1; k <= MAX_VALUE_WORDS && q + k <= query.length; k++) best = Math.max(best, from(t + 1, q + k, literals, filled + 1));
    return best;
  };
  let best = 0;
  for (let t = 0; t < template.length; t++) {
    if (template[t] === null || template[t] === query[0]) best = Math.max(best, from(t, 0, 0, 0));
  }
  return best;
}
