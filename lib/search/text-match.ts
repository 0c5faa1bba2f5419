import { FIELD_WEIGHT, TEXT_FIELDS, type TextField } from "./config";
import { packRef, refIndex, refShard, type Ref } from "./ref";
import { raise, SCORE, type Acc, type AccOf } from "./scores";
import type { LoadedShard } from "./shard";
import { matchTemplate, type Template } from "./templates";
import { words } from "./text";
import type { Vocabulary } from "./vocabulary";

const FIELD_BIT: Record<TextField, number> = { title: 1, message: 2, route: 4, more: 8 };
const TEMPLATE_CANDIDATES = 200;
const PHRASE_CANDIDATES = 20;

/**
 * Each term scores its best field's weight; a word the index lacks is replaced by its completions (if it is the
 * word being typed) and its corrections, at a discount. Documents matching more of the terms rank higher.
 * Returns every word used, for highlighting.
 */
export function textMatches(
  shards: readonly LoadedShard[],
  vocabulary: Vocabulary,
  terms: string[],
  lastIsPartial: boolean,
  limit: number,
  accOf: AccOf,
): string[] {
  const used: string[] = [];
  // Per document: the best weight each term reached, and a bit mask of the fields each term matched in.
  const perDoc = new Map<Ref, { best: number[]; fields: number[] }>();
  terms.forEach((term, t) => {
    const variants: [string, number][] = [];
    if (vocabulary.has(term) || /^\d+$/.test(term)) variants.push([term, 1]);
    else {
      if (t === terms.length - 1 && lastIsPartial && term.length >= 2) {
        for (const w of vocabulary.completions(term)) variants.push([w, 0.8]);
      }
      for (const w of vocabulary.corrections(term)) variants.push([w, 0.7]);
    }
    for (const [word, factor] of variants) {
      used.push(word);
      shards.forEach((shard, s) => {
        for (const { field, result } of shard.index.search(word, { index: [...TEXT_FIELDS], limit })) {
          const f = field as TextField;
          const weight = FIELD_WEIGHT[f] * factor;
          for (const id of result) {
            const ref = packRef(s, Number(id));
            let doc = perDoc.get(ref);
            if (!doc)
              perDoc.set(ref, (doc = { best: new Array<number>(terms.length).fill(0), fields: new Array<number>(terms.length).fill(0) }));
            if (weight > doc.best[t]!) doc.best[t] = weight;
            doc.fields[t]! |= FIELD_BIT[f];
            accOf(ref).matched.add(f);
          }
        }
      });
    }
  });
  for (const [ref, { best, fields }] of perDoc) {
    const hits = best.filter((w) => w > 0).length;
    const sum = best.reduce((x, y) => x + y, 0);
    // All the words together in one field (a phrase of the message, say) beats words scattered over fields.
    const together = terms.length > 1 && fields.reduce((x, y) => x & y, ~0) !== 0 ? 1.3 : 1;
    // Coverage counts most: all words in one entry beats one word in a heavy field.
    accOf(ref).text += (sum / terms.length) * (hits / terms.length) * together * 3;
  }
  return used;
}

/**
 * A message or title given word for word ("Application not found") ranks its code above looser matches, and so does
 * a filled-in message matching a code's template ("The metadata key avatar_url exceeds…"). Only the best text matches
 * are compared: an entry with every word in one field is among them. Neither check changes the text score.
 */
export function boostWholeMessages(
  shards: readonly LoadedShard[],
  templates: ReadonlyMap<Ref, Template>,
  qWords: string[],
  acc: ReadonlyMap<Ref, Acc>,
): void {
  if (qWords.length < 2) return;
  const byText = [...acc.entries()].sort((x, y) => y[1].text - x[1].text);
  const phrase = qWords.join(" ");
  for (const [ref, a] of byText.slice(0, PHRASE_CANDIDATES)) {
    const r = shards[refShard(ref)]!.records[refIndex(ref)]!;
    if (words(r.message).join(" ") === phrase || (r.title !== undefined && words(r.title).join(" ") === phrase)) {
      a.score = Math.max(a.score, SCORE.exactText);
    }
  }
  if (qWords.length < 3 || templates.size === 0) return;
  for (const [ref, a] of byText.slice(0, TEMPLATE_CANDIDATES)) {
    const template = templates.get(ref);
    const literals = template ? matchTemplate(template, qWords) : 0;
    if (literals > 0) raise(a, SCORE.template + Math.min(literals, 99), "message");
  }
}
