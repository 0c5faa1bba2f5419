// Reads the built site over HTTP (crawling from / and every sitemap.xml entry).
// Writes a report of broken internal links and anchors to stdout; exits 1 if there are any.
import { crawl, fetchFollowing, sitemapPaths } from "../lib/link-check";

async function main() {
  const base = (process.argv.find((a) => a.startsWith("--base="))?.slice(7) ?? process.env.LINKS_BASE ?? "http://127.0.0.1:3000").replace(
    /\/+$/,
    "",
  );
  let sitemap: string[] = [];
  try {
    const res = await fetch(`${base}/sitemap.xml`);
    if (res.ok) sitemap = sitemapPaths(await res.text());
  } catch (e) {
    console.error(`links:check: cannot reach ${base} (${(e as Error).message}). Start the built site first: npm start`);
    process.exit(1);
  }
  const result = await crawl(base, ["/", ...sitemap], fetchFollowing);
  for (const b of result.broken) console.log(`${b.from} → ${b.href}: ${b.problem}`);
  console.log(`${result.pages} pages, ${result.links} internal links, ${result.broken.length} broken`);
  process.exit(result.broken.length ? 1 : 0);
}

void main();
