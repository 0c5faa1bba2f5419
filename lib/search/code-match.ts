import type { LoadedShard } from "./shard";
import { packRef, type Ref } from "./ref";
import { raise, SCORE, type AccOf } from "./scores";
import { editDistance } from "./text";

/** Every record whose folded code is `key`, at `score`. */
export function exactCodes(codes: ReadonlyMap<string, Ref[]>, key: string, score: number, accOf: AccOf): void {
  for (const ref of codes.get(key) ?? []) raise(accOf(ref), score, "code");
}

/**
 * Codes containing the query: starting with it ("aut-10", "totp:"), having it as a whole part ("1002"), or a part
 * starting with it. One FlexSearch term per lookup: the code field also holds each code folded together, so the
 * folded query finds codes by their start, and a one-word query finds codes by any part. (Asking FlexSearch for
 * several parts at once intersects long lists: 50 ms at 100k codes.)
 */
export function codeMatches(shards: readonly LoadedShard[], nq: string, qWords: string[], limit: number, accOf: AccOf): void {
  const lookups = new Set([nq]);
  if (qWords.length === 1) lookups.add(qWords[0]!);
  shards.forEach((shard, s) => {
    // Several words ("webauthn internal"): the rarest word's codes, kept if every word starts one of their parts.
    if (qWords.length > 1) {
      const lists = qWords.map((w) => shard.index.search(w, { index: "code", limit })[0]?.result ?? []);
      const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
      for (const id of rarest) {
        const parts = shard.records[Number(id)]!.parts;
        if (!qWords.every((w) => parts.some((p) => p.startsWith(w)))) continue;
        raise(accOf(packRef(s, Number(id))), SCORE.codePrefix - Math.min(parts.join("").length - nq.length, 50), "code");
      }
    }
    for (const term of lookups) {
      for (const field of shard.index.search(term, { index: "code", limit })) {
        for (const id of field.result) {
          const record = shard.records[Number(id)]!;
          const code = record.folded;
          if (code === nq) continue;
          const tier = code.startsWith(nq) ? SCORE.codeStart : record.parts.includes(nq) ? SCORE.codeToken : SCORE.codePrefix;
          // Shorter codes first within a tier: AUT-1002 before AUT-10020 for "1002".
          raise(accOf(packRef(s, Number(id))), tier - Math.min(code.length - nq.length, 50), "code");
        }
      }
    }
  });
}

/**
 * Codes one or two edits from the query (two from 9 characters on), closest first: a code typed from memory or
 * misread from a screenshot. Runs only when nothing else looks like a code, over codes of about the same length.
 */
export function codeTypos(codes: ReadonlyMap<string, Ref[]>, nq: string, accOf: AccOf): void {
  const max = nq.length >= 9 ? 2 : 1;
  for (const [code, refs] of codes) {
    if (Math.abs(code.length - nq.length) > max) continue;
    const d = editDistance(nq, code, max);
    if (d > max) continue;
    for (const ref of refs) raise(accOf(ref), SCORE.codeTypo - d * 10, "code");
  }
}
