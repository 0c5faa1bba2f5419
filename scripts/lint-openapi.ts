// Reads: the catalog folders named on the command line (default: the site's, content/catalogs or ERRATA_CATALOG_DIR).
// Writes: their OpenAPI exports into a temporary folder, removed afterwards. Lints each with Redocly's CLI
// (redocly.yaml) and exits 1 on any error or warning.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadCatalogDir } from "@/lib/catalog/load";
import { catalogDir } from "@/lib/catalog/repository";
import { allCatalogsOpenApi, catalogOpenApi } from "@/lib/openapi/export";

interface LintTotals {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

const dir = mkdtempSync(path.join(tmpdir(), "errata-openapi-"));
try {
  const dirs = process.argv.slice(2);
  const files = (dirs.length ? dirs : [catalogDir()]).flatMap((catalogs, n) => {
    const loaded = loadCatalogDir(catalogs);
    return [
      ...loaded.map((c) => [`${c.slug}.openapi.json`, catalogOpenApi(c)] as const),
      [`all-${n + 1}.openapi.json`, allCatalogsOpenApi(loaded)] as const,
    ];
  });
  const written = files.map(([name, doc]) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(doc, null, 2));
    return file;
  });
  let failed = 0;
  for (const file of written) {
    const run = spawnSync(
      process.execPath,
      [path.join("node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", file, "--config", "redocly.yaml", "--format", "json"],
      { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
    );
    let report: LintTotals;
    try {
      report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as LintTotals;
    } catch {
      console.error(`lint:openapi: ${path.basename(file)}: Redocly did not report (exit ${run.status}):\n${run.stderr}`);
      process.exit(1);
    }
    const { errors, warnings } = report.totals;
    console.log(`${path.basename(file)}: ${errors} errors, ${warnings} warnings`);
    for (const p of report.problems) console.log(`  ${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? "?"}: ${p.message}`);
    failed += errors + warnings;
  }
  if (failed) process.exit(1);
  console.log(`lint:openapi: ${written.length} documents lint clean with Redocly's recommended rules (redocly.yaml).`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
