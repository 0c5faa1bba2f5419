import { existsSync } from "node:fs";
import path from "node:path";
import type { Catalog } from "../catalog/schema";
import { driftReport, type DriftReport } from "./drift";
import { loadOpenApi, type SpecProblem } from "./load";

/** A catalog's own spec, kept next to it as `{slug}.openapi.yaml` (or `.yml`, `.json`), compared with the catalog. */
export interface CatalogSpecDrift {
  slug: string;
  /** The spec's file name, in the catalog folder. */
  file: string;
  /** Absent when the spec could not be read; `problems` then say why. */
  report?: DriftReport;
  problems: SpecProblem[];
}

const SPEC_EXTENSIONS = [".openapi.yaml", ".openapi.yml", ".openapi.json"];

/** The drift report of every catalog that has a spec next to it in `dir` (content/catalogs), in catalog order. */
export async function catalogSpecDrift(dir: string, catalogs: readonly Catalog[]): Promise<CatalogSpecDrift[]> {
  const out: CatalogSpecDrift[] = [];
  for (const catalog of catalogs) {
    const file = SPEC_EXTENSIONS.map((ext) => `${catalog.slug}${ext}`).find((name) => existsSync(path.join(dir, name)));
    if (!file) continue;
    const { doc, problems } = await loadOpenApi(path.join(dir, file));
    out.push({
      slug: catalog.slug,
      file,
      ...(doc !== undefined && !problems.length ? { report: driftReport(doc, catalog) } : {}),
      problems,
    });
  }
  return out;
}
