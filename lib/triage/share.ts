import { CODE_LIKE } from "./bodies";
import type { TriageIndex } from "./index-data";
import type { TriageFinding, TriageResult } from "./types";

/**
 * A result in a share URL: findings only (catalog, code, count, first and last line), never any text of the log, and
 * no catalog text either (the page looks codes up again). Compact and URL-safe: `1.` then base64url of a JSON array
 * `[lines, slugs, [[slug#, code, count, first, last]…], [[[slug#…], code, count, first, last]…], truncated]`.
 * At most MAX_SHARE_CHARS characters: when everything does not fit, the most frequent codes are kept and `truncated`
 * is set.
 */
export const MAX_SHARE_CHARS = 4000;
const VERSION = "1.";

export interface SharedResult {
  lines: number;
  findings: { catalog: string; code: string; count: number; firstLine: number; lastLine: number }[];
  undocumented: { catalogs: string[]; code: string; count: number; firstLine: number; lastLine: number }[];
  /** Some findings were left out to stay within MAX_SHARE_CHARS. */
  truncated: boolean;
}

type Row = [number, string, number, number, number];
type UndocRow = [number[], string, number, number, number];
type Payload = [number, string[], Row[], UndocRow[], 0 | 1];

const SLUG = /^[A-Za-z0-9_-]{1,64}$/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** The share string for a result (see above). */
export function encodeShare(result: Pick<TriageResult, "lines" | "findings" | "undocumented">): string {
  const slugs: string[] = [];
  const slug = (s: string) => {
    const i = slugs.indexOf(s);
    return i >= 0 ? i : slugs.push(s) - 1;
  };
  // Most frequent first, so a truncated share keeps what matters most.
  const items = [
    ...result.findings.map((f) => ({ count: f.count, row: f })),
    ...result.undocumented.filter((u) => CODE_LIKE.test(u.code)).map((u) => ({ count: u.count, undoc: u })),
  ].sort((a, b) => b.count - a.count);
  const build = (n: number): string => {
    slugs.length = 0;
    const rows: Row[] = [];
    const undoc: UndocRow[] = [];
    for (const item of items.slice(0, n)) {
      if ("row" in item) rows.push([slug(item.row.catalog), item.row.code, item.count, item.row.firstLine, item.row.lastLine]);
      else undoc.push([item.undoc.catalogs.map(slug), item.undoc.code, item.count, item.undoc.firstLine, item.undoc.lastLine]);
    }
    const payload: Payload = [result.lines, [...slugs], rows, undoc, n < items.length ? 1 : 0];
    return VERSION + toBase64Url(JSON.stringify(payload));
  };
  const all = build(items.length);
  if (all.length <= MAX_SHARE_CHARS) return all;
  // The most items that fit.
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (build(mid).length <= MAX_SHARE_CHARS) lo = mid;
    else hi = mid - 1;
  }
  return build(lo);
}

function bad(problem: string): never {
  throw new RangeError(`share: ${problem}`);
}

const count = (v: unknown, what: string): number =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : bad(`${what} must be a whole number`);

/** Reads a share string back; throws a RangeError naming the parameter ("share") and what is wrong. */
export function decodeShare(share: string): SharedResult {
  if (typeof share !== "string") bad("must be a string");
  if (share.length > MAX_SHARE_CHARS) bad(`is ${share.length} characters long; the most is ${MAX_SHARE_CHARS}`);
  if (!share.startsWith(VERSION)) bad(`must start with "${VERSION}"`);
  const body = share.slice(VERSION.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) bad("holds characters outside base64url");
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(body));
  } catch {
    bad("is not a result this site encoded");
  }
  if (!Array.isArray(payload) || payload.length !== 5) bad("is not a result this site encoded");
  const [lines, slugs, rows, undoc, truncated] = payload as unknown[];
  if (!Array.isArray(slugs) || !slugs.every((s) => typeof s === "string" && SLUG.test(s))) bad("has a malformed catalog list");
  const slugAt = (i: unknown) =>
    Number.isInteger(i) && (i as number) >= 0 && (i as number) < slugs.length
      ? (slugs[i as number] as string)
      : bad("refers to a catalog it does not list");
  const code = (c: unknown) => (typeof c === "string" && CODE_LIKE.test(c) ? c : bad("has a malformed code"));
  if (!Array.isArray(rows) || !Array.isArray(undoc)) bad("is not a result this site encoded");
  const lineCount = count(lines, "lines");
  const lineOf = (v: unknown, what: string) => {
    const n = count(v, what);
    return n >= 1 && n <= lineCount ? n : bad(`${what} must be a line between 1 and ${lineCount}`);
  };
  const read = <T>(r: unknown, f: (r: unknown[]) => T): T => (Array.isArray(r) && r.length === 5 ? f(r) : bad("has a malformed row"));
  return {
    lines: lineCount,
    findings: rows.map((r) =>
      read(r, ([c, k, n, first, last]) => ({
        catalog: slugAt(c),
        code: code(k),
        count: count(n, "count"),
        firstLine: lineOf(first, "firstLine"),
        lastLine: lineOf(last, "lastLine"),
      })),
    ),
    undocumented: undoc.map((r) =>
      read(r, ([cs, k, n, first, last]) => ({
        catalogs: Array.isArray(cs) ? cs.map(slugAt) : bad("has a malformed catalog list"),
        code: code(k),
        count: count(n, "count"),
        firstLine: lineOf(first, "firstLine"),
        lastLine: lineOf(last, "lastLine"),
      })),
    ),
    truncated: truncated === 1 ? true : truncated === 0 ? false : bad("has a malformed truncated flag"),
  };
}

/**
 * A shared result completed from the catalogs: status, title, message, retry advice and page for each code. A code no
 * longer in its catalog is left out. Line lists hold only the first and last line (the link carries no more), and
 * `via` is empty: how each code was found is not shared.
 */
export function sharedResult(shared: SharedResult, index: TriageIndex): TriageResult {
  const slugs = index.catalogs.map((c) => c.slug);
  const byKey = new Map(index.records.map((r) => [`${slugs[r.catalog]}\u0000${r.code}`, r]));
  const findings: TriageFinding[] = [];
  for (const f of shared.findings) {
    const r = byKey.get(`${f.catalog}\u0000${f.code}`);
    if (!r) continue;
    findings.push({
      catalog: f.catalog,
      code: r.code,
      status: r.status,
      ...(r.title ? { title: r.title } : {}),
      message: r.message,
      count: f.count,
      firstLine: f.firstLine,
      lastLine: f.lastLine,
      url: r.url,
      lines: f.firstLine === f.lastLine ? [f.firstLine] : [f.firstLine, f.lastLine],
      via: [],
      retry: r.retry,
    });
  }
  const order = (slug: string) => slugs.indexOf(slug);
  findings.sort((a, b) => order(a.catalog) - order(b.catalog) || b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    lines: shared.lines,
    findings,
    undocumented: shared.undocumented.map((u) => ({
      ...u,
      // The envelope of the catalogs the body was in (they share it).
      envelope: index.shapes.find((s) => s.format === index.catalogs[slugs.indexOf(u.catalogs[0] ?? "")]?.format)?.label ?? "",
      lines: u.firstLine === u.lastLine ? [u.firstLine] : [u.firstLine, u.lastLine],
    })),
  };
}
