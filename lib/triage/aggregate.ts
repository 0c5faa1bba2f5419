import type { TriageIndex } from "./index-data";
import type { TriageFinding, TriageResult, TriageUndocumented } from "./types";

/** How many line numbers a finding lists. */
export const MAX_LINES = 50;

export type Via = "body" | "code" | "message";
const VIA_BITS: Record<Via, number> = { body: 1, code: 2, message: 4 };
const VIAS: Via[] = ["body", "code", "message"];

/** Occurrences of one thing: how many, where first and last, and the first MAX_LINES distinct lines. */
export class Tally {
  count = 0;
  first = Infinity;
  last = 0;
  lines: number[] = [];
  via = 0;

  add(line: number, count: number, via: number): void {
    this.count += count;
    this.via |= via;
    if (line < this.first) this.first = line;
    if (line > this.last) this.last = line;
    const lines = this.lines;
    const tail = lines[lines.length - 1];
    if (tail === undefined || line > tail) {
      if (lines.length < MAX_LINES) lines.push(line);
      return;
    }
    if (line === tail) return;
    // Out of order (only when ambiguous mentions are settled at the end): insert, keep the first MAX_LINES.
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]! < line) lo = mid + 1;
      else hi = mid;
    }
    if (lines[lo] === line) return;
    lines.splice(lo, 0, line);
    if (lines.length > MAX_LINES) lines.pop();
  }

  /** As plain data (for a worker to send), with every line number moved by `shift`. */
  toData(shift = 0): TallyData {
    return {
      count: this.count,
      first: this.first + shift,
      last: this.last + shift,
      lines: this.lines.map((l) => l + shift),
      via: this.via,
    };
  }

  static from(data: TallyData, shift = 0): Tally {
    const t = new Tally();
    t.count = data.count;
    t.first = data.first + shift;
    t.last = data.last + shift;
    t.lines = data.lines.map((l) => l + shift);
    t.via = data.via;
    return t;
  }

  merge(other: Tally): void {
    this.count += other.count;
    this.via |= other.via;
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
    for (const l of other.lines) {
      const count = this.count;
      this.add(l, 0, 0);
      this.count = count;
    }
  }
}

export interface TallyData {
  count: number;
  first: number;
  last: number;
  lines: number[];
  via: number;
}

/**
 * What a triage of one part of a log adds up to before ambiguous mentions are settled (they need the whole log): plain
 * data, so parts triaged in parallel (the CLI's worker threads) can be merged into the result of the whole.
 */
export interface TriagePartial {
  lines: number;
  found: [id: number, tally: TallyData][];
  undocumented: [key: string, entry: { tally: TallyData; code: string; catalogs: number[]; envelope: string }][];
  pending: [key: string, entry: { ids: number[]; via: Via; tally: TallyData }][];
}

interface Evidence {
  ids: number[];
  via: Via;
  line: number;
}

interface Undocumented {
  code: string;
  catalogs: number[];
  envelope: string;
  line: number;
}

/**
 * Collects what one unit of a log says (a line, or a multi-line body) and adds it up over the whole log.
 *
 * Counting: every body counts once; a line that names a code in text (by the code, its message or both) counts once
 * for it, and not at all when a body on that line already carries the code.
 *
 * Attribution of a code several catalogs have (rules in order): a body in one catalog's envelope settles it (see
 * bodies.ts); else a body on the same line (or in the same multi-line body) from exactly one of those catalogs; else,
 * at the end, the only one of them that the rest of the log shows codes from. When none of these settles it, the
 * mention is left out: triage prefers saying nothing to naming the wrong catalog.
 */
export class Aggregator {
  private readonly found = new Map<number, Tally>();
  private readonly undocumented = new Map<string, { tally: Tally; code: string; catalogs: number[]; envelope: string }>();
  private readonly pending = new Map<string, { ids: number[]; via: Via; tally: Tally }>();
  private evidence: Evidence[] = [];
  private bodies: Undocumented[] = [];

  constructor(private readonly index: TriageIndex) {}

  code(ids: number[], via: Via, line: number): void {
    this.evidence.push({ ids, via, line });
  }

  undocumentedCode(code: string, catalogs: number[], envelope: string, line: number): void {
    this.bodies.push({ code, catalogs, envelope, line });
  }

  private catalogsOf(ids: readonly number[]): number[] {
    const out: number[] = [];
    for (const id of ids) {
      const c = this.index.records[id]!.catalog;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  /** The one record of `ids` in `catalog`; undefined when a message is shared by several codes of that catalog. */
  private pick(ids: readonly number[], catalog: number, via: Via): number | undefined {
    const inCatalog = ids.filter((id) => this.index.records[id]!.catalog === catalog);
    return inCatalog.length === 1 || via !== "message" ? inCatalog[0] : undefined;
  }

  /** Ends a unit: settles its evidence and adds it to the totals. */
  flush(): void {
    const evidence = this.evidence;
    if (evidence.length) {
      this.evidence = [];
      const bodyCatalogs = new Set<number>();
      for (const e of evidence) {
        if (e.via !== "body") continue;
        const cats = this.catalogsOf(e.ids);
        if (cats.length === 1) bodyCatalogs.add(cats[0]!);
      }
      // Per record and line: bodies, and whether text names it.
      const perLine = new Map<string, { id: number; line: number; bodies: number; via: number }>();
      for (const e of evidence) {
        const cats = this.catalogsOf(e.ids);
        let catalog = cats.length === 1 ? cats[0] : undefined;
        if (catalog === undefined) {
          const near = cats.filter((c) => bodyCatalogs.has(c));
          if (near.length === 1) catalog = near[0];
        }
        if (catalog === undefined) {
          this.defer(e);
          continue;
        }
        const id = this.pick(e.ids, catalog, e.via);
        if (id === undefined) continue;
        const key = `${id}:${e.line}`;
        const slot = perLine.get(key) ?? { id, line: e.line, bodies: 0, via: 0 };
        if (e.via === "body") slot.bodies++;
        slot.via |= VIA_BITS[e.via];
        perLine.set(key, slot);
      }
      for (const { id, line, bodies, via } of perLine.values()) {
        let tally = this.found.get(id);
        if (!tally) this.found.set(id, (tally = new Tally()));
        tally.add(line, bodies || 1, via);
      }
    }
    if (this.bodies.length) {
      for (const u of this.bodies) {
        const key = `${u.catalogs.join(",")}\u0000${u.code.toLowerCase()}`;
        let entry = this.undocumented.get(key);
        if (!entry) this.undocumented.set(key, (entry = { tally: new Tally(), code: u.code, catalogs: u.catalogs, envelope: u.envelope }));
        entry.tally.add(u.line, 1, 1);
      }
      this.bodies = [];
    }
  }

  private defer(e: Evidence): void {
    const key = `${e.via === "message" ? "m" : "c"}${e.ids.join(",")}`;
    let p = this.pending.get(key);
    if (!p) this.pending.set(key, (p = { ids: e.ids, via: e.via, tally: new Tally() }));
    // One per line, as for any mention in text; a body here is one whose envelope settled nothing.
    if (e.via === "body" || p.tally.last !== e.line) p.tally.add(e.line, 1, VIA_BITS[e.via]);
    else p.tally.add(e.line, 0, VIA_BITS[e.via]);
  }

  /** The totals so far as a partial (see TriagePartial). */
  partial(lines: number): TriagePartial {
    this.flush();
    return {
      lines,
      found: [...this.found].map(([id, t]) => [id, t.toData()]),
      undocumented: [...this.undocumented].map(([key, u]) => [key, { ...u, tally: u.tally.toData() }]),
      pending: [...this.pending].map(([key, p]) => [key, { ...p, tally: p.tally.toData() }]),
    };
  }

  /** Adds a partial whose line 1 is line `shift + 1` of the whole log. */
  absorb(part: TriagePartial, shift: number): void {
    const into = <K, V extends { tally: Tally }>(map: Map<K, V>, key: K, entry: V) => {
      const existing = map.get(key);
      if (existing) existing.tally.merge(entry.tally);
      else map.set(key, entry);
    };
    for (const [id, t] of part.found) {
      const tally = Tally.from(t, shift);
      const existing = this.found.get(id);
      if (existing) existing.merge(tally);
      else this.found.set(id, tally);
    }
    for (const [key, u] of part.undocumented) into(this.undocumented, key, { ...u, tally: Tally.from(u.tally, shift) });
    for (const [key, p] of part.pending) into(this.pending, key, { ...p, tally: Tally.from(p.tally, shift) });
  }

  result(lines: number): TriageResult {
    this.flush();
    // Ambiguous mentions go to the one candidate catalog the rest of the log shows codes from, if there is one.
    const seen = new Set([...this.found.keys()].map((id) => this.index.records[id]!.catalog));
    for (const p of this.pending.values()) {
      const cats = this.catalogsOf(p.ids).filter((c) => seen.has(c));
      if (cats.length !== 1) continue;
      const id = this.pick(p.ids, cats[0]!, p.via);
      if (id === undefined) continue;
      const tally = this.found.get(id);
      if (tally) tally.merge(p.tally);
      else this.found.set(id, p.tally);
    }
    this.pending.clear();
    const { records, catalogs } = this.index;
    const findings: (TriageFinding & { ci: number })[] = [...this.found].map(([id, t]) => {
      const r = records[id]!;
      return {
        ci: r.catalog,
        catalog: catalogs[r.catalog]!.slug,
        code: r.code,
        status: r.status,
        ...(r.title ? { title: r.title } : {}),
        message: r.message,
        count: t.count,
        firstLine: t.first,
        lastLine: t.last,
        url: r.url,
        lines: t.lines,
        via: VIAS.filter((v) => t.via & VIA_BITS[v]),
        retry: r.retry,
      };
    });
    findings.sort((a, b) => a.ci - b.ci || b.count - a.count || compare(a.code, b.code));
    const undocumented: TriageUndocumented[] = [...this.undocumented.values()]
      .map(({ tally, code, catalogs: cs, envelope }) => ({
        catalogs: cs.map((c) => catalogs[c]!.slug),
        code,
        count: tally.count,
        firstLine: tally.first,
        lastLine: tally.last,
        envelope,
        lines: tally.lines,
      }))
      .sort((a, b) => b.count - a.count || compare(a.code, b.code) || compare(a.catalogs.join(), b.catalogs.join()));
    return { lines, findings: findings.map(({ ci: _ci, ...f }) => f), undocumented };
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
