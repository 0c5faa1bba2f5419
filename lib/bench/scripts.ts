/** The src of every external <script> in an HTML page, resolved against the page URL, without duplicates. */
export function scriptSources(html: string, pageUrl: string): string[] {
  const out = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"[^>]*>/gi)) {
    const src = match[1]!.replace(/&amp;/g, "&");
    out.add(new URL(src, pageUrl).href);
  }
  return [...out];
}
