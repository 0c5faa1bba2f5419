// Reads: every catalog in content/catalogs (or ERRATA_CATALOG_DIR), validated first.
// Writes: content/generated/ (catalog MDX pages and their index), swapped in atomically.
import path from "node:path";
import { formatIssue } from "@/lib/catalog/issues";
import { listCatalogFiles, loadCatalogFiles } from "@/lib/catalog/load";
import { catalogDir } from "@/lib/catalog/repository";
import { generateFiles } from "@/lib/generate/generate-files";
import { writeAtomic } from "@/lib/generate/write-atomic";

function main(): number {
  const { catalogs, issues } = loadCatalogFiles(listCatalogFiles(catalogDir()));
  if (issues.length) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error("\ngenerate: catalogs are invalid; the previous output was left untouched.");
    return 1;
  }
  const outDir = process.env.ERRATA_GENERATED_DIR ?? path.join(process.cwd(), "content", "generated");
  const files = generateFiles(catalogs);
  writeAtomic(outDir, files);
  console.log(`generate: wrote ${files.length} files to ${path.relative(process.cwd(), outDir) || outDir}`);
  return 0;
}

process.exitCode = main();
