// `npm run build:static`: a fully static site in out/ for any CDN or nginx.
// Reads: content/catalogs (via `npm run build`). Writes: out/ (with output: "export", Next's distDir is the
// export directory and .next/ is only its scratch space, so run `npm run build` again before `npm start`),
// and short-link pages out/e/{code}.html. Server-only routes are moved aside for the export and always restored.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getAllEntries } from "@/lib/catalog/repository";
import { shortLinkPages } from "@/lib/deploy/short-link-pages";
import { preserveFiles } from "./preserve-files";
import { withPathsAside } from "./static-aside";

/**
 * Routes that need a server (request-time handlers, the mock endpoint, proxy) and so cannot be exported.
 * Extend this list when such a route is added. /e/ is replaced by generated HTML fallbacks.
 */
/** The normal server build, which the export would otherwise overwrite with its scratch files. */
const SERVER_BUILD = ".next";

export const SERVER_ONLY = ["app/api/mock", "app/api/search", "app/api/triage", "app/search", "app/e", "proxy.ts"];

function main(): number {
  // Ctrl-C reaches the build too; staying alive until it ends lets the finally blocks put everything back.
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.on(sig, () => console.error(`build:static: ${sig}; restoring after the build stops`));
  const restoreFiles = preserveFiles();
  let status: number;
  try {
    // Next uses .next/ as scratch space for an export: park the server build there meanwhile and put it back after,
    // so `npm start` never serves a build with the server-only routes missing.
    status = withPathsAside(process.cwd(), [...SERVER_ONLY, SERVER_BUILD], (moved) => {
      const left = moved.filter((p) => p !== SERVER_BUILD);
      if (left.length) console.log(`build:static: left out server-only ${left.join(", ")}`);
      rmSync("out", { recursive: true, force: true });
      try {
        const build = spawnSync("npm", ["run", "build"], {
          stdio: "inherit",
          env: { ...process.env, ERRATA_STATIC: "1", ERRATA_DIST_DIR: "out" },
        });
        return build.status ?? 1;
      } finally {
        rmSync(SERVER_BUILD, { recursive: true, force: true });
      }
    });
  } finally {
    restoreFiles();
  }
  if (status !== 0) return status;
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
