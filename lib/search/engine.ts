import { codeUrl } from "../catalog/model";
import type { Status } from "../catalog/schema";
import { FIELD_WEIGHT, TEXT_FIELDS, type MatchedField, type TextField } from "./config";
import { highlightRanges, type Range } from "./highlight";
import { BUILTIN_SHAPES, identifyBody, type BodyShape, type EnvelopeShape } from "./identify";
import type { ShardCatalog, ShardData } from "./records";
import { catalogOf, loadShard, type LoadedShard } from "./shard";
import { compileTemplate, matchTemplate, type Template } from "./templates";
import { codeTokens, editDistance, normalizeCode, queryTerms, words } from "./text";
import { Vocabulary } from "./vocabulary";

export interface SearchHit {
  catalog: string;
  catalogName: string;
  code: string;
  /** null for a code sent without an HTTP status. */
  status: Status | null;
  title?: string;
  message: string;
  domain: string;
  url: string;
  score: number;
  matched: MatchedField[];
  /** Where the match shows best, and the ranges to mark in it. */
  snippet: { field: "message" | "title"; ranges: Range[] };
}

export interface Identification extends BodyShape {
  /** Catalogs whose envelope is this format. */
  catalogs: ShardCatalog[];
  /** Whether the code is in a catalog. */
  known: boolean;
  /** One plain sentence saying what was recognised. */
  summary: string;
}

export interface SearchOutcome {
  query: string;
  results: SearchHit[];
  identified?: Identification;
}

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

const FIELD_LIMIT = 200;
const FIELD_BIT: Record<TextField, number> = { title: 1, message: 2, route: 4, more: 8 };
const TEMPLATE_CANDIDATES = 200;
const PHRASE_CANDIDATES = 20;

interface Acc {
  score: number;
  text: number;
  matched: Set<MatchedField>;
}

/**
 * Search over any number of shards (per catalog, big ones in parts). The browser loads shards from the exported index;
 * the server loads the same exported data, so both answer alike.
 */
export class SearchEngine {
  readonly shards: LoadedShard[] = [];
  readonly vocabulary = new Vocabulary();
  private readonly codes = new Map<string, number[]>();
  private readonly statuses = new Map<string, number[]>();
  private readonly templates = new Map<number, Template>();

  static from(data: readonly ShardData[]): SearchEngine {
    const engine = new SearchEngine();
    for (const shard of data) engine.add(shard);
    return engine;
  }

  /** Adds a shard (a catalog, or a part of one); queries then cover it too. */
  add(data: ShardData) {
    const s = this.shards.length;
    const shard = loadShard(data, this.vocabulary);
    this.shards.push(shard);
    shard.records.forEach((r, i) => {
      const ref = s * 2 ** 24 + i;
      push(this.codes, r.folded, ref);
      if (r.status !== undefined) push(this.statuses, String(r.status), ref);
      const template = compileTemplate(r.message);
      if (template) this.templates.set(ref, template);
    });
  }

  /** Candidates each shard may contribute per field and word, so the total stays bounded however many shards. */
  private perShardLimit(): number {
    return Math.max(20, Math.ceil(FIELD_LIMIT / this.shards.length));
  }

  get size(): number {
    return this.shards.reduce((n, s) => n + s.records.length, 0);
  }

  search(query: string, limit = 10): SearchOutcome {
    const q = query.trim();
    if (!q) return { query, results: [] };
    const shape = q.includes("{") ? identifyBody(q, this.envelopeShapes(), (s) => this.hasCodeIn(s)) : undefined;
    if (shape) return this.identify(query, shape, limit);
    return { query, results: this.rank(q, limit) };
  }

  /** Every catalog loaded, once each (a catalog split into several shards is named once). */
  private catalogs(): ShardCatalog[] {
    return [...new Map(this.shards.flatMap((s) => s.catalogs).map((c) => [c.slug, c])).values()];
  }

  /** The built-in envelopes, then each catalog's own template. */
  private envelopeShapes(): EnvelopeShape[] {
    const own = this.catalogs().flatMap((c) => (c.envelope ? [{ format: c.format, label: c.envelope.label, template: c.envelope.template }] : []));
    return [...BUILTIN_SHAPES, ...own];
  }

  /** Whether a catalog in the shape's envelope has its code. */
  private hasCodeIn(shape: BodyShape): boolean {
    const slugs = new Set(this.catalogs().filter((c) => c.format === shape.format).map((c) => c.slug));
    return slugs.size > 0 && this.rank(shape.code, 50).some((h) => h.score >= SCORE.exactCode && slugs.has(h.catalog));
  }

  private identify(query: string, shape: BodyShape, limit: number): SearchOutcome {
    const catalogs = this.catalogs().filter((c) => c.format === shape.format);
    let results = this.rank(shape.code, limit).filter((h) => h.score >= SCORE.exactCode);
    const inFormat = (h: SearchHit) => catalogs.some((c) => c.slug === h.catalog);
    // The same code in several catalogs: the one whose envelope the body is in comes first.
    results.sort((a, b) => Number(inFormat(b)) - Number(inFormat(a)));
    const known = results.length > 0;
    const names = catalogs.map((c) => c.name).join(", ");
    const where = shape.format.startsWith("catalog:")
      ? `the ${names} envelope`
      : names
        ? `the ${names} format (${shape.formatLabel})`
        : `the ${shape.formatLabel} format, which no catalog here uses`;
    // A known code in a body of another catalog's format: say where the code is, not only whose format it is.
    const elsewhere = known && !results.some(inFormat);
    const owners = listInWords([...new Set(results.map((h) => h.catalogName))]);
    const summary = !known
      ? `Recognised ${where}, but the code ${shape.code} is not in any catalog.`
      : elsewhere
        ? `Recognised ${where}: code ${shape.code}, which is in ${owners}${names ? `, not in ${listInWords(catalogs.map((c) => c.name))}` : ""}.`
        : `Recognised ${where}: code ${shape.code}.`;
    // An unknown code: suggest by the message, codes of the catalogs whose envelope it is first (a stable sort keeps
    // the rank within each part). The wider pool lets those codes in when other catalogs' codes outscore them.
    if (!known && shape.message) {
      const byMessage = this.rank(shape.message, limit * 3);
      results = [...byMessage.filter(inFormat), ...byMessage.filter((h) => !inFormat(h))].slice(0, limit);
    }
    return { query, results, identified: { ...shape, catalogs, known, summary } };
  }

  private rank(q: string, limit: number): SearchHit[] {
    const acc = new Map<number, Acc>();
    const get = (ref: number) => {
      let a = acc.get(ref);
      if (!a) acc.set(ref, (a = { score: 0, text: 0, matched: new Set() }));
      return a;
    };
    const nq = normalizeCode(q);
    const exactCode = (key: string, score: number) => {
      for (const ref of this.codes.get(key) ?? []) {
        const a = get(ref);
        a.score = Math.max(a.score, score);
        a.matched.add("code");
      }
    };

    exactCode(nq, SCORE.exactCode);
    const exact = acc.size > 0;
    // A code quoted inside other text: a log line, "code: AUT-1002", error_code=TOKEN_EXPIRED.
    const tokens = codeTokens(q);
    for (const key of new Set(tokens.map(normalizeCode))) if (key !== nq) exactCode(key, SCORE.codeInText);
    // A number in the text (Twilio's 21211, PostgreSQL's 23505) counts only where a catalog has exactly that code.
    const qWords = words(q);
    for (const word of new Set(qWords)) if (/^\d{3,}$/.test(word) && word !== nq) exactCode(word, SCORE.codeInText);
    // One word that looks like a code (AUTH_001, user:not_found, FORBIDDEN), not a plain word (unauthorized).
    const codeLike = !/\s/.test(q) && tokens.length === 1;
    // A number may also be the number part of other codes (50126 of AADSTS50126): those follow the exact code.
    if (nq && (!exact || /^\d+$/.test(nq)) && qWords.length <= 4) this.codeMatches(nq, qWords, get);
    // Nothing like it among the codes: maybe a misspelt one (TOKEN_EXPRIED, APP_02, user:not_fuond).
    if (codeLike && nq.length >= 5 && ![...acc.values()].some((a) => a.score >= SCORE.codeToken)) this.codeTypos(nq, get);

    // A query that is one code is answered by codes; its words would only add noise (and time). Words that also
    // spell a code ("User not found" is user:not_found, "unauthorized" is UNAUTHORIZED) are searched as text too.
    const terms = exact && codeLike ? [] : queryTerms(q);
    const used = this.textMatches(terms, !/\s$/.test(q), get);

    for (const t of terms) {
      const status = /^[1-5](?:\d\d|xx)$/.test(t) ? t : undefined;
      for (const ref of status ? (this.statuses.get(status) ?? []) : []) {
        const a = get(ref);
        a.text += SCORE.status;
        a.matched.add("status");
      }
    }

    // Best text matches first, for the phrase and template checks below (neither changes `text`).
    const byText = qWords.length >= 2 ? [...acc.entries()].sort((x, y) => y[1].text - x[1].text) : [];
    if (qWords.length >= 2) {
      // A message or title given word for word ("Application not found") ranks its code above looser matches.
      // An entry with every word in one field is among the best text matches, so only those are compared.
      const phrase = qWords.join(" ");
      for (const [ref, a] of byText.slice(0, PHRASE_CANDIDATES)) {
        const r = this.shards[Math.floor(ref / 2 ** 24)]!.records[ref % 2 ** 24]!;
        if (words(r.message).join(" ") === phrase || (r.title !== undefined && words(r.title).join(" ") === phrase)) {
          a.score = Math.max(a.score, SCORE.exactText);
        }
      }
    }

    if (qWords.length >= 3 && this.templates.size > 0) {
      for (const [ref, a] of byText.slice(0, TEMPLATE_CANDIDATES)) {
        const template = this.templates.get(ref);
        const literals = template ? matchTemplate(template, qWords) : 0;
        if (literals > 0) {
          a.score = Math.max(a.score, SCORE.template + Math.min(literals, 99));
          a.matched.add("message");
        }
      }
    }

    const ranked = [...acc.entries()]
      .map(([ref, a]) => [ref, a.score + Math.min(a.text, SCORE.textMax - 1)] as const)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit);
    return ranked.map(([ref, score]) => this.hit(ref, score, acc.get(ref)!.matched, used));
  }

  /**
   * Codes containing the query: starting with it ("aut-10", "totp:"), having it as a whole part ("1002"), or a part
   * starting with it. One FlexSearch term per lookup: the code field also holds each code folded together, so the
   * folded query finds codes by their start, and a one-word query finds codes by any part. (Asking FlexSearch for
   * several parts at once intersects long lists: 50 ms at 100k codes.)
   */
  private codeMatches(nq: string, qWords: string[], get: (ref: number) => Acc) {
    const lookups = new Set([nq]);
    if (qWords.length === 1) lookups.add(qWords[0]!);
    const limit = this.perShardLimit();
    this.shards.forEach((shard, s) => {
      // Several words ("webauthn internal"): the rarest word's codes, kept if every word starts one of their parts.
      if (qWords.length > 1) {
        const lists = qWords.map((w) => shard.index.search(w, { index: "code", limit })[0]?.result ?? []);
        const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
        for (const id of rarest) {
          const parts = shard.records[Number(id)]!.parts;
          if (!qWords.every((w) => parts.some((p) => p.startsWith(w)))) continue;
          const a = get(s * 2 ** 24 + Number(id));
          a.score = Math.max(a.score, SCORE.codePrefix - Math.min(parts.join("").length - nq.length, 50));
          a.matched.add("code");
        }
      }
      for (const term of lookups) {
        for (const field of shard.index.search(term, { index: "code", limit })) {
          for (const id of field.result) {
            const ref = s * 2 ** 24 + Number(id);
            const record = shard.records[Number(id)]!;
            const code = record.folded;
            if (code === nq) continue;
            const tier = code.startsWith(nq) ? SCORE.codeStart : record.parts.includes(nq) ? SCORE.codeToken : SCORE.codePrefix;
            const a = get(ref);
            // Shorter codes first within a tier: AUT-1002 before AUT-10020 for "1002".
            a.score = Math.max(a.score, tier - Math.min(code.length - nq.length, 50));
            a.matched.add("code");
          }
        }
      }
    });
  }

  /**
   * Codes one or two edits from the query (two from 9 characters on), closest first: a code typed from memory or
   * misread from a screenshot. Runs only when nothing else looks like a code, over codes of about the same length.
   */
  private codeTypos(nq: string, get: (ref: number) => Acc) {
    const max = nq.length >= 9 ? 2 : 1;
    for (const [code, refs] of this.codes) {
      if (Math.abs(code.length - nq.length) > max) continue;
      const d = editDistance(nq, code, max);
      if (d > max) continue;
      for (const ref of refs) {
        const a = get(ref);
        a.score = Math.max(a.score, SCORE.codeTypo - d * 10);
        a.matched.add("code");
      }
    }
  }

  /**
   * Each term scores its best field's weight; a word the index lacks is replaced by its completions (if it is the
   * word being typed) and its corrections, at a discount. Documents matching more of the terms rank higher.
   * Returns every word used, for highlighting.
   */
  private textMatches(terms: string[], lastIsPartial: boolean, get: (ref: number) => Acc): string[] {
    const used: string[] = [];
    // Per document: the best weight each term reached, and a bit mask of the fields each term matched in.
    const perDoc = new Map<number, { best: number[]; fields: number[] }>();
    terms.forEach((term, t) => {
      const variants: [string, number][] = [];
      if (this.vocabulary.has(term) || /^\d+$/.test(term)) variants.push([term, 1]);
      else {
        if (t === terms.length - 1 && lastIsPartial && term.length >= 2) {
          for (const w of this.vocabulary.completions(term)) variants.push([w, 0.8]);
        }
        for (const w of this.vocabulary.corrections(term)) variants.push([w, 0.7]);
      }
      for (const [word, factor] of variants) {
        used.push(word);
        this.shards.forEach((shard, s) => {
          for (const { field, result } of shard.index.search(word, { index: [...TEXT_FIELDS], limit: this.perShardLimit() })) {
            const f = field as TextField;
            const weight = FIELD_WEIGHT[f] * factor;
            for (const id of result) {
              const ref = s * 2 ** 24 + Number(id);
              let doc = perDoc.get(ref);
              if (!doc) perDoc.set(ref, (doc = { best: new Array<number>(terms.length).fill(0), fields: new Array<number>(terms.length).fill(0) }));
              if (weight > doc.best[t]!) doc.best[t] = weight;
              doc.fields[t]! |= FIELD_BIT[f];
              get(ref).matched.add(f);
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
      get(ref).text += (sum / terms.length) * (hits / terms.length) * together * 3;
    }
    return used;
  }

  private hit(ref: number, score: number, matched: Set<MatchedField>, used: string[]): SearchHit {
    const shard = this.shards[Math.floor(ref / 2 ** 24)]!;
    const r = shard.records[ref % 2 ** 24]!;
    const catalog = catalogOf(shard, ref % 2 ** 24);
    const titleRanges = r.title ? highlightRanges(r.title, used) : [];
    const messageRanges = highlightRanges(r.message, used);
    const snippet =
      titleRanges.length > messageRanges.length
        ? { field: "title" as const, ranges: titleRanges }
        : { field: "message" as const, ranges: messageRanges };
    const h: SearchHit = {
      catalog: catalog.slug,
      catalogName: catalog.name,
      code: r.code,
      status: r.status ?? null,
      message: r.message,
      domain: r.domain,
      url: codeUrl(catalog.slug, r.code),
      score: Math.round(score * 10) / 10,
      matched: [...matched],
      snippet,
    };
    if (r.title) h.title = r.title;
    return h;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "A", "A and B", "A, B and C". */
function listInWords(items: string[]): string {
  return new Intl.ListFormat("en", { type: "conjunction" }).format(items);
}
