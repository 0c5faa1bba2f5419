// Runs after `next build` (npm's postbuild). Reads: every prerendered page, <distDir>/server/app/**/*.html.
// Writes: <distDir>/csp-manifest.json, the sha256 hashes of each page's inline scripts and styles, keyed by URL
// path, which proxy.ts puts in that page's Content-Security-Policy.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CSP_MANIFEST_FILE, inlineHashes, routeOfHtmlFile, type CspManifest } from "@/lib/security/csp-manifest";
import { distDir } from "@/lib/security/dist-dir";

function main(): number {
  if (process.env.ERRATA_STATIC === "1") {
    // A static export has no proxy to send a CSP: the CDN sets the headers (README, "Deploying").
    console.log("csp-hashes: static export, no manifest needed");
    return 0;
  }
  const root = path.join(process.cwd(), distDir(), "server", "app");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
  if (!files.length) {
    console.error(`csp-hashes: no prerendered pages under ${path.relative(process.cwd(), root)}; run next build first.`);
    return 1;
  }
  const manifest: CspManifest = { version: 1, pages: {} };
  for (const file of files) manifest.pages[routeOfHtmlFile(file)] = inlineHashes(readFileSync(path.join(root, file), "utf8"));
  const out = path.join(process.cwd(), distDir(), CSP_MANIFEST_FILE);
  writeFileSync(out, JSON.stringify(manifest));
  const hashes = new Set(Object.values(manifest.pages).flatMap((p) => p.scripts)).size;
  console.log(`csp-hashes: ${files.length} pages, ${hashes} distinct inline-script hashes → ${path.relative(process.cwd(), out)}`);
  return 0;
}

process.exitCode = main();
