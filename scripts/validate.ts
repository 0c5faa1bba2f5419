// Reads: catalog YAML files named on the command line, or every file in content/catalogs.
// Writes: nothing; prints one line per problem (file:line: field: message) and exits 1 if there are any.
// Without arguments it also checks acknowledged findings and every <ErrorCode> reference in content/guides.
import { formatIssue } from "@/lib/catalog/issues";
import { listCatalogFiles, loadCatalogFiles } from "@/lib/catalog/load";
import { catalogDir } from "@/lib/catalog/repository";
import { findInsights } from "@/lib/insights";
import { acknowledgementIssues } from "@/lib/insights/acknowledge";
import { catalogSources } from "@/lib/insights/sources";
import { entriesOf } from "@/lib/catalog/model";
import { checkGuideDir } from "@/lib/guides/references";
import path from "node:path";

function main(): number {
  const args = process.argv.slice(2);
  const files = args.length ? args : listCatalogFiles(catalogDir());
  const loaded = loadCatalogFiles(files);
  const { catalogs } = loaded;
  // Acknowledgements can only be checked against the findings of the full set of catalogs.
  const whole = !args.length && !loaded.issues.length;
  const ackIssues = !whole ? [] : acknowledgementIssues(catalogs, findInsights(catalogs), catalogSources(files));
  // Guides cite the site's own catalogs; a catalog dir override (synthetic catalogs) has none of their codes.
  const guideIssues =
    !whole || process.env.ERRATA_CATALOG_DIR
      ? []
      : checkGuideDir(path.join(process.cwd(), "content", "guides"), catalogs.flatMap(entriesOf));
  const issues = [...loaded.issues, ...ackIssues, ...guideIssues.map((g) => ({ ...g, field: "" }))];
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
