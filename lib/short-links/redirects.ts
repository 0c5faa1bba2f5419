import type { ShortLinkIndex } from "./index";

/**
 * Every short-link key that resolves to one page, with that page's path: what resolveShortCode answers with a
 * redirect (live codes first, then history). The proxy answers these with a 308 before any page renders; ambiguous
 * and unknown codes are left to the /e/{code} page. Values are paths built from slugs, never catalog text.
 */
export function shortLinkRedirects(index: ShortLinkIndex): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const [key, targets] of index.byKey) {
    const live = targets.filter((t) => t.kind === "live");
    const chosen = live.length ? live : targets;
    if (chosen.length === 1) redirects[key] = chosen[0]!.url;
  }
  return redirects;
}
