// Test-only (Node): the catalogs the triage tests run against. Not part of the engine.
import path from "node:path";
import { loadCatalogDir } from "../catalog/load";
import type { Catalog } from "../catalog/schema";
import { triageIndexFromCatalogs } from "./from-catalogs";
import type { TriageIndex } from "./index-data";

/** For tests: the bundled catalogs and the hostile fixtures (Stripe-, Entra- and Twilio-style envelopes). */
export function testCatalogs(): Catalog[] {
  return ["content/catalogs", "e2e-hostile/catalogs"].flatMap((d) => loadCatalogDir(path.resolve(d)));
}

let cached: TriageIndex | undefined;

export function testIndex(): TriageIndex {
  return (cached ??= triageIndexFromCatalogs(testCatalogs()));
}
