// Reads: an OpenAPI 3.0/3.1 spec named on the command line (JSON or YAML, with files its $refs point to) and the
// catalogs (content/catalogs, or ERRATA_CATALOG_DIR). Writes: nothing; prints the drift report. Exit 1 on drift.
import { parseArgs } from "node:util";
import { getCatalogs } from "@/lib/catalog/repository";
import { normalizeCode } from "@/lib/catalog/normalize";
import { driftReport, formatDrift, hasDrift, specCodes } from "@/lib/openapi/drift";
import { loadOpenApi } from "@/lib/openapi/load";

const USAGE = "usage: npm run drift -- --openapi SPEC [--catalog slug] [--json]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { openapi: { type: "string" }, catalog: { type: "string" }, json: { type: "boolean", default: false } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { openapi: file, catalog: slug, json } = args.values;
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const { doc, problems } = await loadOpenApi(file);
  if (!doc) {
    for (const p of problems) console.error(`${file}#${p.pointer}: ${p.message}`);
    return 2;
  }
  const catalogs = getCatalogs();
  let catalog = slug === undefined ? undefined : catalogs.find((c) => c.slug === slug);
  if (slug !== undefined && !catalog) {
    console.error(`--catalog: no catalog "${slug}"; catalogs: ${catalogs.map((c) => c.slug).join(", ")}`);
    return 2;
  }
  if (!catalog) {
    // The catalog sharing the most codes with the spec, each reading the spec's bodies through its own envelope (a
    // spec whose bodies come in several shapes has no one place for the code otherwise).
    const scored = catalogs.map((c) => {
      const inSpec = new Set(specCodes(doc, c).map((s) => normalizeCode(s.code)));
      return { c, shared: c.errors.filter((e) => inSpec.has(normalizeCode(e.code))).length };
    });
    const best = scored.reduce<(typeof scored)[number] | undefined>((a, b) => (b.shared > (a?.shared ?? 0) ? b : a), undefined);
    if (!best) {
      console.error(`no catalog shares a code with ${file}; pass --catalog slug`);
      return 2;
    }
    catalog = best.c;
  }
  const report = driftReport(doc, catalog);
  console.log(json ? JSON.stringify(report, null, 2) : formatDrift(report, file));
  return hasDrift(report) ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 2;
  },
);
