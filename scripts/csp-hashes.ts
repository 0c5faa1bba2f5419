// Runs after `next build` (npm's postbuild). Reads: every prerendered page, <distDir>/server/app/**/*.html.
// Writes: <distDir>/csp-manifest.json, the sha256 hashes of each page's inline scripts and styles, keyed by URL
// path, plus every inline style of the build (any page may navigate to any route and get its stylesheet), which
// proxy.ts puts in that page's Content-Security-Policy.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import {
  CSP_MANIFEST_FILE,
  entryStyleHashes,
  inlineHashes,
  routeOfHtmlFile,
  siteStyles,
  type CspManifest,
  type EntryCssFiles,
} from "@/lib/security/csp-manifest";
import { distDir } from "@/lib/security/dist-dir";
import { isStaticExport } from "@/lib/deploy/static-export";
import { cspHash } from "@/lib/security/csp";

/** A route's client reference manifest: a script that sets globalThis.__RSC_MANIFEST, run in a sandbox of its own. */
function readRscManifest(file: string): Record<string, { entryCSSFiles?: EntryCssFiles }> {
  const sandbox: { self?: unknown; __RSC_MANIFEST?: Record<string, { entryCSSFiles?: EntryCssFiles }> } = {};
  sandbox.self = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  return sandbox.__RSC_MANIFEST ?? {};
}

function main(): number {
  if (isStaticExport()) {
    // A static export has no proxy to send a CSP: the CDN sets the headers (README, "Deploying").
    console.log("csp-hashes: static export, no manifest needed");
    return 0;
  }
  const root = path.join(process.cwd(), distDir(), "server", "app");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
  if (!files.length) {
    console.error(`csp-hashes: no prerendered pages under ${path.relative(process.cwd(), root)}; run next build first.`);
    return 1;
  }
  const manifest: CspManifest = { version: 1, pages: {} };
  for (const file of files) manifest.pages[routeOfHtmlFile(file)] = inlineHashes(readFileSync(path.join(root, file), "utf8"));
  // A client-side navigation inserts each of the next route's CSS files as its own <style> (inlineCss), while the
  // prerendered HTML may merge them; so the build's CSS files are hashed one by one as well.
  const staticDir = path.join(process.cwd(), distDir(), "static");
  const cssFiles = readdirSync(staticDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".css"));
  const cssHashes = cssFiles.map((f) => cspHash(readFileSync(path.join(staticDir, f), "utf8")));
  // Routes rendered on request have no HTML to hash: their merged <style> is rebuilt from each route's manifest.
  const routeManifests = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith("_client-reference-manifest.js"),
  );
  const routeHashes = routeManifests.flatMap((f) =>
    Object.values(readRscManifest(path.join(root, f))).flatMap((m) => entryStyleHashes(m.entryCSSFiles ?? {})),
  );
  manifest.styles = [...new Set([...siteStyles(manifest.pages), ...cssHashes, ...routeHashes])].sort();
  const out = path.join(process.cwd(), distDir(), CSP_MANIFEST_FILE);
  writeFileSync(out, JSON.stringify(manifest));
  const hashes = new Set(Object.values(manifest.pages).flatMap((p) => p.scripts)).size;
  console.log(
    `csp-hashes: ${files.length} pages, ${hashes} distinct inline-script hashes, ${manifest.styles.length} inline styles → ${path.relative(process.cwd(), out)}`,
  );
  return 0;
}

process.exitCode = main();
