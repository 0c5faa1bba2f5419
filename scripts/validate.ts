// Reads: catalog YAML files named on the command line, or every file in content/catalogs.
// Writes: nothing; prints one line per problem (file:line: field: message) and exits 1 if there are any.
import { formatIssue } from "@/lib/catalog/issues";
import { listCatalogFiles, loadCatalogFiles } from "@/lib/catalog/load";
import { catalogDir } from "@/lib/catalog/repository";
import { findInsights } from "@/lib/insights";
import { acknowledgementIssues } from "@/lib/insights/acknowledge";
import { catalogSources } from "@/lib/insights/sources";

function main(): number {
  const args = process.argv.slice(2);
  const files = args.length ? args : listCatalogFiles(catalogDir());
  const loaded = loadCatalogFiles(files);
  const { catalogs } = loaded;
  // Acknowledgements can only be checked against the findings of the full set of catalogs.
  const ackIssues = args.length ? [] : acknowledgementIssues(catalogs, findInsights(catalogs), catalogSources(files));
  const issues = [...loaded.issues, ...ackIssues];
  if (issues.length) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${issues.length} problem${issues.length === 1 ? "" : "s"} found; nothing was generated.`);
    return 1;
  }
  const codes = catalogs.reduce((n, c) => n + c.errors.length, 0);
  console.log(`${catalogs.length} catalog${catalogs.length === 1 ? "" : "s"}, ${codes} codes: valid.`);
  return 0;
}

process.exitCode = main();
