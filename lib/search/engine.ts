import { codeUrl } from "../catalog/model";
import type { MatchedField } from "./config";
import { codeMatches, codeTypos, exactCodes } from "./code-match";
import { highlightRanges } from "./highlight";
import { identificationSummary, identifiedHits, type Identification } from "./identification";
import { BUILTIN_SHAPES, identifyBody, type BodyShape, type EnvelopeShape } from "./identify";
import type { ShardCatalog, ShardData } from "./records";
import { packRef, refIndex, refShard, type Ref } from "./ref";
import { SCORE, type Acc } from "./scores";
import { catalogOf, loadShard, type LoadedShard } from "./shard";
import { boostWholeMessages, textMatches } from "./text-match";
import { compileTemplate, type Template } from "./templates";
import { codeTokens, normalizeCode, queryTerms, words } from "./text";
import type { SearchHit } from "./types";
import { Vocabulary } from "./vocabulary";

export { SCORE };
export type { Identification, SearchHit };

export interface SearchOutcome {
  query: string;
  results: SearchHit[];
  identified?: Identification;
}

const FIELD_LIMIT = 200;

/**
 * Search over any number of shards (per catalog, big ones in parts). The browser loads shards from the exported index;
 * the server loads the same exported data, so both answer alike. Code matching, text matching and the wording of a
 * recognised body live in their own modules; this class holds the shards and puts the scores together.
 */
export class SearchEngine {
  readonly shards: LoadedShard[] = [];
  readonly vocabulary = new Vocabulary();
  private readonly codes = new Map<string, Ref[]>();
  private readonly statuses = new Map<string, Ref[]>();
  private readonly templates = new Map<Ref, Template>();

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
      const ref = packRef(s, i);
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
    const own = this.catalogs().flatMap((c) =>
      c.envelope ? [{ format: c.format, label: c.envelope.label, template: c.envelope.template }] : [],
    );
    return [...BUILTIN_SHAPES, ...own];
  }

  /** Whether a catalog in the shape's envelope has its code. */
  private hasCodeIn(shape: BodyShape): boolean {
    const slugs = new Set(
      this.catalogs()
        .filter((c) => c.format === shape.format)
        .map((c) => c.slug),
    );
    // The exact-code map, not a ranking: only whether one of these catalogs has exactly this code matters.
    const refs = this.codes.get(normalizeCode(shape.code)) ?? [];
    return refs.some((ref) => slugs.has(catalogOf(this.shards[refShard(ref)]!, refIndex(ref)).slug));
  }

  private identify(query: string, shape: BodyShape, limit: number): SearchOutcome {
    const catalogs = this.catalogs().filter((c) => c.format === shape.format);
    const exact = identifiedHits(
      this.rank(shape.code, limit).filter((h) => h.score >= SCORE.exactCode),
      catalogs,
    );
    const summary = identificationSummary(shape, catalogs, exact);
    let results = exact;
    // An unknown code: suggest by the message, codes of the catalogs whose envelope it is first (a stable sort keeps
    // the rank within each part). The wider pool lets those codes in when other catalogs' codes outscore them.
    if (exact.length === 0 && shape.message) results = identifiedHits(this.rank(shape.message, limit * 3), catalogs).slice(0, limit);
    return { query, results, identified: { ...shape, catalogs, known: exact.length > 0, summary } };
  }

  private rank(q: string, limit: number): SearchHit[] {
    const acc = new Map<Ref, Acc>();
    const accOf = (ref: Ref) => {
      let a = acc.get(ref);
      if (!a) acc.set(ref, (a = { score: 0, text: 0, matched: new Set() }));
      return a;
    };
    const nq = normalizeCode(q);
    exactCodes(this.codes, nq, SCORE.exactCode, accOf);
    const exact = acc.size > 0;
    // A code quoted inside other text: a log line, "code: AUT-1002", error_code=TOKEN_EXPIRED.
    const tokens = codeTokens(q);
    for (const key of new Set(tokens.map(normalizeCode))) if (key !== nq) exactCodes(this.codes, key, SCORE.codeInText, accOf);
    // A number in the text (Twilio's 21211, PostgreSQL's 23505) counts only where a catalog has exactly that code.
    const qWords = words(q);
    for (const word of new Set(qWords)) if (/^\d{3,}$/.test(word) && word !== nq) exactCodes(this.codes, word, SCORE.codeInText, accOf);
    // One word that looks like a code (AUTH_001, user:not_found, FORBIDDEN), not a plain word (unauthorized).
    const codeLike = !/\s/.test(q) && tokens.length === 1;
    // A number may also be the number part of other codes (50126 of AADSTS50126): those follow the exact code.
    if (nq && (!exact || /^\d+$/.test(nq)) && qWords.length <= 4) codeMatches(this.shards, nq, qWords, this.perShardLimit(), accOf);
    // Nothing like it among the codes: maybe a misspelt one (TOKEN_EXPRIED, APP_02, user:not_fuond).
    if (codeLike && nq.length >= 5 && ![...acc.values()].some((a) => a.score >= SCORE.codeToken)) codeTypos(this.codes, nq, accOf);

    // A query that is one code is answered by codes; its words would only add noise (and time). Words that also
    // spell a code ("User not found" is user:not_found, "unauthorized" is UNAUTHORIZED) are searched as text too.
    const terms = exact && codeLike ? [] : queryTerms(q);
    const used = textMatches(this.shards, this.vocabulary, terms, !/\s$/.test(q), this.perShardLimit(), accOf);
    for (const t of terms) {
      const status = /^[1-5](?:\d\d|xx)$/.test(t) ? t : undefined;
      for (const ref of status ? (this.statuses.get(status) ?? []) : []) {
        const a = accOf(ref);
        a.text += SCORE.status;
        a.matched.add("status");
      }
    }
    boostWholeMessages(this.shards, this.templates, qWords, acc);

    const ranked = [...acc.entries()]
      .map(([ref, a]) => [ref, a.score + Math.min(a.text, SCORE.textMax - 1)] as const)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit);
    return ranked.map(([ref, score]) => this.hit(ref, score, acc.get(ref)!.matched, used));
  }

  private hit(ref: Ref, score: number, matched: Set<MatchedField>, used: string[]): SearchHit {
    const shard = this.shards[refShard(ref)]!;
    const r = shard.records[refIndex(ref)]!;
    const catalog = catalogOf(shard, refIndex(ref));
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
    if (r.placeholders) h.placeholders = r.placeholders;
    return h;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
