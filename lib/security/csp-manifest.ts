import { cspHash, type PagePolicy } from "./csp";

/** Per-page hashes of the inline scripts and styles in each prerendered HTML file, keyed by URL path. */
export interface CspManifest {
  version: 1;
  pages: Record<string, PagePolicy>;
  /**
   * Every inline style hash of the whole build. Stylesheets are split per route and inlined, and a client-side
   * navigation makes React insert the next route's stylesheet as a <style> element, so every page must allow all of
   * them (a handful: one per CSS chunk).
   */
  styles?: readonly string[];
}

/** The site-wide style hashes: every page's, deduplicated and sorted. */
export function siteStyles(pages: CspManifest["pages"]): string[] {
  return [...new Set(Object.values(pages).flatMap((p) => p.styles))].sort();
}

export const CSP_MANIFEST_FILE = "csp-manifest.json";

/** A route's CSS as Next's client reference manifest lists it (`entryCSSFiles`): per entry, its files, inlined. */
export type EntryCssFiles = Record<string, readonly { path: string; content?: string }[]>;

/**
 * Hashes of the <style> a route rendered on request (/search, /e/{code}) inlines: Next merges the CSS files of the
 * route's entries, in order and once each, into one element. Prerendered pages are hashed from their HTML; these
 * pages have no HTML at build time, so their style is rebuilt from the manifest. The page entries alone are hashed
 * too, with the shared layouts, in case a route renders only its own page's.
 */
export function entryStyleHashes(entries: EntryCssFiles): string[] {
  const merged = (keys: string[]) => {
    const seen = new Set<string>();
    let css = "";
    for (const key of keys) {
      for (const file of entries[key] ?? []) {
        if (seen.has(file.path) || file.content === undefined) continue;
        seen.add(file.path);
        css += file.content;
      }
    }
    return css;
  };
  const keys = Object.keys(entries);
  const layouts = keys.filter((k) => k.endsWith("/layout"));
  const pages = keys.filter((k) => k.endsWith("/page"));
  const styles = [merged(keys), ...pages.map((page) => merged([...layouts, page]))].filter(Boolean);
  return [...new Set(styles.map(cspHash))];
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

/** Hashes of every inline script and style element in an HTML document, deduplicated, in order. */
export function inlineHashes(html: string): PagePolicy {
  const collect = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => cspHash(m[1] ?? "")))];
  return { scripts: collect(INLINE_SCRIPT), styles: collect(INLINE_STYLE) };
}

/** The URL path a prerendered file under server/app answers: index.html → /, catalogs/a.html → /catalogs/a. */
export function routeOfHtmlFile(relative: string): string {
  const route = relative.replace(/\\/g, "/").replace(/\.html$/, "");
  return route === "index" ? "/" : `/${route}`;
}

/**
 * The policy for a request path, and whether the build prerendered it. Paths it did not (unknown URLs, pages rendered
 * per request such as /e/{code}) get the not-found page's hashes, since Next serves that page for unknown URLs and its
 * theme script is the same everywhere; the proxy adds a per-request nonce for what Next renders on demand.
 */
export function policyFor(manifest: CspManifest | undefined, pathname: string): { policy: PagePolicy; prerendered: boolean } {
  const none = { scripts: [], styles: [] };
  const pages = manifest?.pages;
  if (!pages) return { policy: none, prerendered: false };
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const page = pages[trimmed];
  const found = page ?? pages["/_not-found"] ?? none;
  // manifest.styles already holds every page's styles (and each CSS file's): no per-request merging.
  return { policy: { scripts: found.scripts, styles: manifest.styles ?? found.styles }, prerendered: Boolean(page) };
}
