/** Internal link check over rendered HTML: every <a href> on the site resolves to a 200 page, and every #anchor exists. */

export interface Broken {
  from: string;
  href: string;
  problem: string;
}

/**
 * Links whose target answers an error status on purpose: the mock endpoint replies with the code's own status
 * (401, 404, 500…), so the check only asks that it answers JSON at all, never a 5xx it did not mean.
 */
export const DELIBERATE_ERROR_PREFIXES = ["/api/mock/"] as const;

function deliberateError(path: string, status: number, type: string): boolean {
  return DELIBERATE_ERROR_PREFIXES.some((p) => path.startsWith(p)) && status >= 400 && type.includes("json");
}

export interface CrawlResult {
  pages: number;
  links: number;
  broken: Broken[];
}

export type Fetcher = (url: string) => Promise<{ status: number; url: string; html: string; type: string }>;

function decodeEntities(value: string): string {
  return value.replace(
    /&(amp|quot|#39|lt|gt|#x27);/g,
    (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", lt: "<", gt: ">", "#x27": "'" })[e] ?? _,
  );
}

/** href values of <a> elements. */
export function extractHrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

/** Every id (and name on <a>) a fragment can point at. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/**
 * Crawls from the start paths, following internal links only (same origin), up to `limit` pages.
 * A link is broken when its page does not end at a 200 HTML page, or its #fragment names no element there.
 */
export async function crawl(origin: string, start: readonly string[], fetchPage: Fetcher, limit = 5000): Promise<CrawlResult> {
  const pages = new Map<string, Promise<{ status: number; ids: Set<string>; hrefs: string[]; type: string }>>();
  const load = (path: string) => {
    let p = pages.get(path);
    if (!p) {
      p = fetchPage(origin + path).then((r) => ({
        status: r.status,
        ids: extractIds(r.html),
        hrefs: r.type.includes("html") ? extractHrefs(r.html) : [],
        type: r.type,
      }));
      pages.set(path, p);
    }
    return p;
  };
  const broken: Broken[] = [];
  let links = 0;
  const queue = [...start];
  const seen = new Set(queue);
  while (queue.length) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async (from) => {
        const page = await load(from);
        if (page.status !== 200) {
          broken.push({ from: "(start)", href: from, problem: `status ${page.status}` });
          return;
        }
        for (const href of page.hrefs) {
          const url = new URL(href, origin + from);
          if (url.origin !== origin) continue;
          links++;
          const path = url.pathname + url.search;
          const target = await load(path);
          if (target.status !== 200 && !deliberateError(path, target.status, target.type))
            broken.push({ from, href, problem: `status ${target.status}` });
          else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1))))
            broken.push({ from, href, problem: `no element with id "${decodeURIComponent(url.hash.slice(1))}"` });
          if (!seen.has(path) && seen.size < limit && target.status === 200 && target.type.includes("html")) {
            seen.add(path);
            queue.push(path);
          }
        }
      }),
    );
  }
  return { pages: seen.size, links, broken };
}

/** Paths listed in a sitemap.xml body, relative to the origin they name. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => {
    const url = new URL(decodeEntities(m[1]!.trim()));
    return url.pathname + url.search;
  });
}

/** The default fetcher: follows redirects, as a browser would. */
export const fetchFollowing: Fetcher = async (url) => {
  const res = await fetch(url, { redirect: "follow" });
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, url: res.url, html: type.includes("html") ? await res.text() : "", type };
};
