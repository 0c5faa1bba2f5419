import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Catalog } from "./schema";
import { CatalogError, type CatalogIssue } from "./issues";
import { parseCatalog } from "./parse";
import { checkCrossRefs } from "./cross-refs";
import { formatPath } from "./issues";

export interface LoadResult {
  catalogs: Catalog[];
  issues: CatalogIssue[];
}

/** An OpenAPI spec kept next to a catalog (`{slug}.openapi.yaml`) for the drift report: not a catalog itself. */
export const OPENAPI_SPEC_FILE = /\.openapi\.(?:ya?ml|json)$/;

/** Catalog files in a directory, sorted for deterministic output. */
export function listCatalogFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !OPENAPI_SPEC_FILE.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads, parses and validates files; issues name paths relative to the working directory. */
export function loadCatalogFiles(files: readonly string[]): LoadResult {
  const catalogs: Catalog[] = [];
  const issues: CatalogIssue[] = [];
  const slugs = new Map<string, string>();
  const lines = new Map<string, (path: readonly PropertyKey[]) => number>();
  for (const file of files) {
    const label = path.relative(process.cwd(), file) || file;
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch (e) {
      issues.push({ file: label, line: 1, field: "", message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    const result = parseCatalog(source, label);
    issues.push(...result.issues);
    const catalog = result.catalog;
    if (!catalog) continue;
    const line = lineOfKey(source, "slug");
    const other = slugs.get(catalog.slug);
    if (other) {
      issues.push({ file: label, line, field: "slug", message: `duplicate slug "${catalog.slug}": also used by ${other}` });
      continue;
    }
    const expected = path.basename(file).replace(/\.ya?ml$/, "");
    if (expected !== catalog.slug) {
      issues.push({ file: label, line, field: "slug", message: `must match the file name "${expected}"` });
      continue;
    }
    slugs.set(catalog.slug, label);
    if (result.lineOf) lines.set(catalog.slug, result.lineOf);
    catalogs.push(catalog);
  }
  // References between catalogs are checked once every file is valid, so one broken file does not cascade.
  for (const { catalog, path: at, message } of issues.length ? [] : checkCrossRefs(catalogs)) {
    issues.push({ file: slugs.get(catalog) ?? catalog, line: lines.get(catalog)?.(at) ?? 1, field: formatPath(at), message });
  }
  catalogs.sort((a, b) => a.slug.localeCompare(b.slug));
  return { catalogs, issues };
}

/** Loads every catalog in a directory or throws a CatalogError listing every issue. */
export function loadCatalogDir(dir: string): Catalog[] {
  const { catalogs, issues } = loadCatalogFiles(listCatalogFiles(dir));
  if (issues.length) throw new CatalogError(issues);
  return catalogs;
}

function lineOfKey(source: string, key: string): number {
  const index = source.split("\n").findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
