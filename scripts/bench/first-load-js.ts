// Reads: a page and its scripts over HTTP. Writes: nothing.
import { gzipSync } from "node:zlib";
import { scriptSources } from "@/lib/bench/scripts";

/** Gzipped kilobytes of every external script a page loads up front (the inline RSC payload is data, not counted). */
export async function firstLoadJsKb(url: string): Promise<number> {
  const page = await fetch(url);
  if (!page.ok) throw new Error(`bench: ${url} answered ${page.status}`);
  const sources = scriptSources(await page.text(), url);
  let bytes = 0;
  for (const src of sources) {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`bench: ${src} answered ${res.status}`);
    bytes += gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  }
  return Math.round(bytes / 100) / 10;
}
