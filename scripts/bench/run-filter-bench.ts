// Reads: --codes N (default 10000), --runs N (default 60), --port N (default 3160), --reuse (skip synth and build).
// Writes: .bench/catalogs (synthetic YAML) and .bench/site (a copy of the site built from them); prints p50/p95.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureFilterToPaint } from "./filter-to-paint";
import { serveBuild } from "./serve";
import { loadCatalogDir } from "@/lib/catalog/load";
import { domainPages, isSplit } from "@/lib/catalog/domains";
import { routes } from "@/lib/routes";

const { values } = parseArgs({
  options: {
    codes: { type: "string", default: "10000" },
    runs: { type: "string", default: "60" },
    port: { type: "string", default: "3160" },
    reuse: { type: "boolean", default: false },
  },
});

const root = process.cwd();
const catalogsDir = path.join(root, ".bench", "catalogs");
const site = path.join(root, ".bench", "site");
const port = Number(values.port);
const skip = new Set(["node_modules", ".next", ".bench", ".git", "test-results", "playwright-report"]);
/** The copy's own generate writes these; the guides and the rest of content/ are part of the site. */
const skipContent = new Set(["generated", "catalogs"]);

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  execFileSync(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
}

/** A copy of the site, so the scale build never touches this checkout's .next or content/generated. */
function prepareSite() {
  rmSync(site, { recursive: true, force: true });
  // Entry by entry: cpSync refuses to copy a folder into its own subfolder even when a filter skips it.
  for (const name of readdirSync(root)) {
    // Build directories of every kind (.next, .next-hostile…): their types would be type-checked as part of the copy.
    if (skip.has(name) || name.startsWith(".next")) continue;
    const from = path.join(root, name);
    cpSync(from, path.join(site, name), {
      recursive: true,
      filter: (src) => path.dirname(src) !== path.join(root, "content") || !skipContent.has(path.basename(src)),
    });
  }
  // Hard links: Turbopack refuses a node_modules symlink that points outside the project.
  run("cp", ["-al", path.join(root, "node_modules"), path.join(site, "node_modules")], root);
  // Code pages are not what this measures, and 10,000 of them would multiply the build time.
  rmSync(path.join(site, "app", "catalogs", "[catalog]", "[code]"), { recursive: true, force: true });
}

async function main() {
  if (!values.reuse) {
    run(
      "npx",
      ["tsx", "scripts/synth-catalogs.ts", "--codes", values.codes!, "--catalogs", "1", "--domains", "1", "--out", catalogsDir],
      root,
    );
    prepareSite();
    run("npm", ["run", "build"], site, { ERRATA_CATALOG_DIR: catalogsDir, NEXT_TELEMETRY_DISABLED: "1" });
  }
  if (!existsSync(path.join(site, ".next"))) throw new Error("no build in .bench/site; run without --reuse");
  // One catalog of one domain: past 400 codes its page lists its domains, and the one domain's page holds every row.
  const catalog = loadCatalogDir(catalogsDir)[0]!;
  const server = await serveBuild(".next", catalogsDir, port, site);
  try {
    const { baseURL } = server;
    const catalogPath = isSplit(catalog) ? routes.domain(catalog.slug, domainPages(catalog)[0]!.slug) : routes.catalog(catalog.slug);
    const html = await (await fetch(`${baseURL}${catalogPath}`)).text();
    const result = await measureFilterToPaint({ baseURL, catalogPath, runs: Number(values.runs) });
    const rows = (html.match(/<tr id=/g) ?? []).length;
    console.log(`catalog ${catalogPath}: ${rows} rows in the HTML, ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB`);
    console.log(
      `filter keystroke → paint over ${result.samples.length} keystrokes: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:filter: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
