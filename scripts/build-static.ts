// `npm run build:static`: a fully static site in out/ for any CDN or nginx.
// Reads: content/catalogs (via `npm run build`). Writes: out/ (with output: "export", Next's distDir is the
// export directory and .next/ is only its scratch space, so run `npm run build` again before `npm start`),
// and short-link pages out/e/{code}.html. Server-only routes are moved aside for the export and always restored.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getAllEntries } from "@/lib/catalog/repository";
import { shortLinkPages } from "@/lib/deploy/short-link-pages";
import { preserveFiles } from "./preserve-files";

/**
 * Routes that need a server (request-time handlers, the mock endpoint, proxy) and so cannot be exported.
 * Extend this list when such a route is added. /e/ is replaced by generated HTML fallbacks.
 */
export const SERVER_ONLY = ["app/api/mock", "app/api/search", "app/search", "app/e", "proxy.ts"];

const ASIDE = ".static-aside";

/** Puts back anything a previous, interrupted run left aside. */
function restore(): void {
  if (!existsSync(ASIDE)) return;
  for (const rel of SERVER_ONLY) {
    const parked = path.join(ASIDE, rel);
    if (existsSync(parked)) {
      if (existsSync(rel)) throw new Error(`build:static: both ${rel} and ${parked} exist; resolve by hand`);
      renameSync(parked, rel);
    }
  }
  rmSync(ASIDE, { recursive: true, force: true });
}

function main(): number {
  restore();
  const restoreFiles = preserveFiles();
  const moved: string[] = [];
  try {
    for (const rel of SERVER_ONLY) {
      if (!existsSync(rel)) continue;
      mkdirSync(path.dirname(path.join(ASIDE, rel)), { recursive: true });
      renameSync(rel, path.join(ASIDE, rel)); // atomic on one file system
      moved.push(rel);
    }
    if (moved.length) console.log(`build:static: left out server-only ${moved.join(", ")}`);
    rmSync("out", { recursive: true, force: true });
    const build = spawnSync("npm", ["run", "build"], {
      stdio: "inherit",
      env: { ...process.env, ERRATA_STATIC: "1", ERRATA_DIST_DIR: "out" },
    });
    if (build.status !== 0) return build.status ?? 1;
  } finally {
    restore();
    restoreFiles();
  }
  const pages = shortLinkPages(getAllEntries());
  for (const file of pages) {
    const target = path.join("out", file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  const htmlCount = countHtml("out");
  console.log(`build:static: out/ holds ${htmlCount} HTML pages, ${pages.length} of them short-link fallbacks under /e/`);
  return 0;
}

function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith(".html")) n++;
  }
  return n;
}

process.exitCode = main();
