// Reads: every catalog in content/catalogs (or ERRATA_CATALOG_DIR).
// Writes: nothing; prints the consistency findings shown on /insights. Exits 0 (findings are warnings), 1 if a catalog is invalid.
import { formatIssue } from "@/lib/catalog/issues";
import { listCatalogFiles, loadCatalogFiles } from "@/lib/catalog/load";
import { catalogDir } from "@/lib/catalog/repository";
import { findInsights } from "@/lib/insights";
import { acknowledgementIssues } from "@/lib/insights/acknowledge";
import { formatFinding, summarize } from "@/lib/insights/format";
import { catalogSources } from "@/lib/insights/sources";

function main(): number {
  const files = listCatalogFiles(catalogDir());
  const { catalogs, issues } = loadCatalogFiles(files);
  const findings = findInsights(catalogs);
  const all = [...issues, ...acknowledgementIssues(catalogs, findings, catalogSources(files))];
  if (all.length) {
    for (const issue of all) console.error(formatIssue(issue));
    return 1;
  }
  for (const f of findings) console.log(`${formatFinding(f)}\n`);
  console.log(summarize(findings));
  return 0;
}

process.exitCode = main();
