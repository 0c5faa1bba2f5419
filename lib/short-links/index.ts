import type { Catalog } from "../catalog/schema";
import { normalizeCode } from "../catalog/normalize";
import { codeUrl } from "../catalog/model";
import { nearestKeys } from "./nearest";
import { shortLinkKey } from "./key";

export { editDistance } from "../edit-distance";
export { decodeSegment, shortLinkKey } from "./key";

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
  /** For removed targets: when, and where to look instead (as the catalog writes it). */
  removedIn?: string;
  see?: string;
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
      add(normalizeCode(r.code), {
        kind: "removed",
        ...base,
        code: r.code,
        message: r.reason,
        removedIn: r.removed_in,
        see: r.see,
        url: codeUrl(c.slug, r.code),
      });
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
  const key = shortLinkKey(raw);
  const targets = index.byKey.get(key) ?? [];
  const live = targets.filter((t) => t.kind === "live");
  const chosen = live.length ? live : targets;
  if (chosen.length === 1) return { kind: "redirect", url: chosen[0]!.url, target: chosen[0]! };
  if (chosen.length > 1) return { kind: "choices", targets: chosen };
  return { kind: "missing", suggestions: suggest(index, key) };
}

/** Nearest live codes by edit distance on normalized codes; close enough to be a typo, best first. */
export function suggest(index: ShortLinkIndex, key: string, limit = 5): ShortTarget[] {
  return nearestKeys(key, index.liveKeys)
    .flatMap((k) => (index.byKey.get(k) ?? []).filter((t) => t.kind === "live"))
    .slice(0, limit);
}
