// Reads: the catalogs in a directory. Writes: generated MDX into a scratch directory (not content/).
import { listCatalogFiles, loadCatalogFiles } from "@/lib/catalog/load";
import { generateFiles } from "@/lib/generate/generate-files";
import { writeAtomic } from "@/lib/generate/write-atomic";

/** Milliseconds for what `npm run generate` does (parse, validate, generate, write), in-process. */
export function timeGenerate(catalogDir: string, outDir: string): number {
  const started = performance.now();
  const { catalogs, issues } = loadCatalogFiles(listCatalogFiles(catalogDir));
  if (issues.length) throw new Error(`bench: synthetic catalogs in ${catalogDir} are invalid: ${issues.length} problems`);
  writeAtomic(outDir, generateFiles(catalogs));
  return Math.round(performance.now() - started);
}
