import type { Catalog } from "../catalog/schema";
import { normalizeCode, codeSlug } from "../catalog/normalize";
import { codeUrl } from "../catalog/model";

/** Where a spelling of a code can lead: a live code, a code renamed since, or one removed (its tombstone). */
export interface ShortTarget {
  kind: "live" | "renamed" | "removed";
  catalog: string;
  catalogName: string;
  /** The code as the catalog writes it now (for renamed: the new code; for removed: the old one). */
  code: string;
  /** For renamed targets: the old code that was asked for. */
  oldCode?: string;
  status?: number | string;
  message?: string;
  title?: string;
  /** The page this target lives on: the code page, or the tombstone at the removed code's old URL. */
  url: string;
}

export interface ShortLinkIndex {
  byKey: Map<string, ShortTarget[]>;
  /** Normalized keys of live codes, for suggestions. */
  liveKeys: string[];
}

/** Every spelling key of every code, live, renamed or removed, built from the catalogs alone. */
export function buildShortLinkIndex(catalogs: readonly Catalog[]): ShortLinkIndex {
  const byKey = new Map<string, ShortTarget[]>();
  const add = (key: string, target: ShortTarget) => {
    const list = byKey.get(key);
    if (list) list.push(target);
    else byKey.set(key, [target]);
  };
  for (const c of catalogs) {
    const base = { catalog: c.slug, catalogName: c.service.name };
    for (const e of c.errors) {
      const live = { ...base, code: e.code, status: e.status, message: e.message, title: e.title, url: codeUrl(c.slug, e.code) };
      add(normalizeCode(e.code), { kind: "live", ...live });
      for (const old of e.renamed_from ?? []) add(normalizeCode(old), { kind: "renamed", ...live, oldCode: old });
    }
    for (const r of c.removed ?? []) {
      add(normalizeCode(r.code), { kind: "removed", ...base, code: r.code, message: r.reason, url: `/catalogs/${c.slug}/${codeSlug(r.code)}` });
    }
  }
  const liveKeys = [...byKey].filter(([, ts]) => ts.some((t) => t.kind === "live")).map(([k]) => k);
  return { byKey, liveKeys };
}

export type Resolution =
  | { kind: "redirect"; url: string; target: ShortTarget }
  | { kind: "choices"; targets: ShortTarget[] }
  | { kind: "missing"; suggestions: ShortTarget[] };

/**
 * Resolves any spelling of a code. Live codes win over history: a code that is live in one catalog and was
 * renamed away in another goes to the live one. Several equally good targets make a disambiguation page.
 */
export function resolveShortCode(index: ShortLinkIndex, raw: string): Resolution {
  const key = normalizeCode(safeDecode(raw));
  const targets = index.byKey.get(key) ?? [];
  const live = targets.filter((t) => t.kind === "live");
  const chosen = live.length ? live : targets;
  if (chosen.length === 1) return { kind: "redirect", url: chosen[0]!.url, target: chosen[0]! };
  if (chosen.length > 1) return { kind: "choices", targets: chosen };
  return { kind: "missing", suggestions: suggest(index, key) };
}

/** Nearest live codes by edit distance on normalized codes; close enough to be a typo, best first. */
export function suggest(index: ShortLinkIndex, key: string, limit = 5): ShortTarget[] {
  if (!key) return [];
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: { key: string; d: number }[] = [];
  for (const k of index.liveKeys) {
    if (Math.abs(k.length - key.length) > max) continue;
    const d = editDistance(key, k, max);
    if (d <= max) scored.push({ key: k, d });
  }
  scored.sort((a, b) => a.d - b.d || a.key.localeCompare(b.key));
  return scored
    .flatMap((s) => (index.byKey.get(s.key) ?? []).filter((t) => t.kind === "live"))
    .slice(0, limit);
}

/** Levenshtein distance, giving up (returning max + 1) once every path exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
