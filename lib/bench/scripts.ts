/**
 * The src of every external <script> a modern browser loads from an HTML page, resolved against the
 * page URL, without duplicates. `nomodule` scripts (Next's legacy polyfills) are skipped: browsers
 * that run modules never download them.
 */
export function scriptSources(html: string, pageUrl: string): string[] {
  const out = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"[^>]*>/gi)) {
    if (/\snomodule(?=[\s=>])/i.test(match[0])) continue;
    const src = match[1]!.replace(/&amp;/g, "&");
    out.add(new URL(src, pageUrl).href);
  }
  return [...out];
}
