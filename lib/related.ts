import type { Catalog, ErrorEntry } from "./catalog/schema";
import { parseRef, refKey } from "./catalog/cross-refs";
import { normalizeCode } from "./catalog/normalize";

/** A code named by catalog and code, the unit related-error pairs join. */
export interface CodeRef {
  catalog: string;
  code: string;
}

const STOP = new Set(
  "a an the of to in on for or and is are was be by with from this that it its at as e g eg while during after when has have had can no".split(
    " ",
  ),
);
// Spellings of one idea, folded so "expired", "expire" and "expiry" meet.
const STEMS: [RegExp, string][] = [
  [/^expir.*/, "expire"],
  [/^(unauthori[sz]ed|unauthenticated)$/, "unauthenticated"],
  [/^(forbidden|denied|permission|permissions)$/, "forbidden"],
  [/^(missing|required|absent)$/, "missing"],
  [/^(invalid|malformed|bad)$/, "invalid"],
  [/^(exist|exists|existing|already|duplicate|registered|taken)$/, "exists"],
  [/^(ratelimit|ratelimited|throttled|many)$/, "ratelimit"],
  [/^(ids?)$/, "id"],
];

/**
 * Meaning words of an entry, lowercased, stemmed, without filler: the code's own words and the title, or the
 * message when those say too little. Numbered codes (AUTH_002, AUT-1002) carry no meaning beyond their prefix.
 */
export function meaningWords(entry: Pick<ErrorEntry, "code" | "title" | "message">): Set<string> {
  const numbered = /(^|[^a-z])\d+$/i.test(entry.code);
  const words = wordsOf(`${numbered ? "" : entry.code.replace(/([a-z])([A-Z])/g, "$1 $2")} ${entry.title ?? ""}`);
  if (words.size < 2) for (const w of wordsOf(entry.message)) words.add(w);
  return words;
}

function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw || /^\d+$/.test(raw) || raw.length < 2 || STOP.has(raw) || raw === "error" || raw === "err") continue;
    let word = raw.length > 4 ? raw.replace(/(?<!s)s$/, "") : raw;
    for (const [pattern, stem] of STEMS) if (pattern.test(word)) word = stem;
    words.add(word);
  }
  return words;
}

const THRESHOLD = 0.6;

/**
 * Pairs of codes meaning the same thing in different catalogs. Two codes pair when each is the other's best match
 * in the other's catalog and their meaning words overlap enough (weighted by how rare a word is, so "token" counts
 * more than "user"; the same code counts as a match). Then related.add / related.remove refs apply, both ways.
 */
export function relatedPairs(catalogs: readonly Catalog[]): Map<string, CodeRef[]> {
  const items = catalogs.flatMap((c) =>
    c.errors.map((e) => ({ ref: { catalog: c.slug, code: e.code }, key: refKey(c.slug, e.code), entry: e, words: meaningWords(e) })),
  );
  const df = new Map<string, number>();
  for (const it of items) for (const w of it.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + items.length / (df.get(w) ?? 1));
  const score = (a: (typeof items)[number], b: (typeof items)[number]) => {
    let shared = 0;
    let all = 0;
    for (const w of new Set([...a.words, ...b.words])) {
      const weight = idf(w);
      all += weight;
      if (a.words.has(w) && b.words.has(w)) shared += weight;
    }
    const sameStatus = a.entry.status !== undefined && String(a.entry.status) === String(b.entry.status) ? 0.1 : 0;
    if (normalizeCode(a.entry.code) === normalizeCode(b.entry.code)) return 1 + sameStatus;
    // Dice coefficient over idf weights: 2·shared / (a + b).
    return all ? (2 * shared) / (all + shared) + sameStatus : 0;
  };

  const pairs = new Map<string, Map<string, CodeRef>>();
  const link = (a: CodeRef, b: CodeRef) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const k = refKey(x.catalog, x.code);
      if (!pairs.has(k)) pairs.set(k, new Map());
      pairs.get(k)!.set(refKey(y.catalog, y.code), y);
    }
  };
  const unlink = (a: CodeRef, b: CodeRef) => {
    pairs.get(refKey(a.catalog, a.code))?.delete(refKey(b.catalog, b.code));
    pairs.get(refKey(b.catalog, b.code))?.delete(refKey(a.catalog, a.code));
  };

  // Best matches of each code in each other catalog (ties kept); a pair needs each to be among the other's best.
  const best = new Map<string, Map<string, { s: number; keys: Set<string> }>>();
  for (const a of items) {
    const mine = new Map<string, { s: number; keys: Set<string> }>();
    for (const b of items) {
      if (b.ref.catalog === a.ref.catalog) continue;
      const s = score(a, b);
      if (s < THRESHOLD) continue;
      const current = mine.get(b.ref.catalog);
      if (!current || s > current.s + 1e-9) mine.set(b.ref.catalog, { s, keys: new Set([b.key]) });
      else if (Math.abs(s - current.s) <= 1e-9) current.keys.add(b.key);
    }
    best.set(a.key, mine);
  }
  for (const a of items) {
    for (const b of items) {
      if (b.ref.catalog === a.ref.catalog) continue;
      const ab = best.get(a.key)?.get(b.ref.catalog)?.keys.has(b.key);
      const ba = best.get(b.key)?.get(a.ref.catalog)?.keys.has(a.key);
      if (ab && ba) link(a.ref, b.ref);
    }
  }

  const byKey = new Map(items.map((it) => [it.key, it.ref]));
  const resolve = (ref: string) => {
    const p = parseRef(ref);
    return p ? byKey.get(refKey(p.catalog, p.code)) : undefined;
  };
  for (const it of items) {
    for (const ref of it.entry.related?.add ?? []) {
      const other = resolve(ref);
      if (other) link(it.ref, other);
    }
  }
  for (const it of items) {
    for (const ref of it.entry.related?.remove ?? []) {
      const other = resolve(ref);
      if (other) unlink(it.ref, other);
    }
  }
  const out = new Map<string, CodeRef[]>();
  for (const [k, m] of pairs)
    out.set(
      k,
      [...m.values()].sort((x, y) => x.catalog.localeCompare(y.catalog)),
    );
  return out;
}
