import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCatalogFiles, loadCatalogFiles } from "../catalog/load";
import { entriesOf, type Entry } from "../catalog/model";
import { parseCatalog } from "../catalog/parse";
import { getCatalogs } from "../catalog/repository";
import type { Catalog } from "../catalog/schema";
import { renderBody } from "../formats";
import { defaultInputs } from "../mock/inputs";
import { mockTarget } from "../mock/target";
import { catalogOpenApi } from "./export";
import { importOpenApi } from "./import";
import { dereferenceOpenApi, loadOpenApi } from "./load";

/**
 * Export then import: for any non-empty set of a catalog's codes, the imported catalog has the same codes, statuses and
 * routes, and its envelope renders each code's body exactly as the exported spec's example shows it.
 */

const hostile = loadCatalogFiles(listCatalogFiles(path.join(__dirname, "..", "..", "e2e-hostile", "catalogs")));
const catalogs: Catalog[] = [...getCatalogs(), ...hostile.catalogs];

/** The body the mock answers for a code; `details` as another catalog's mock fills it (an input, not a catalog fact). */
function mockBody(catalog: Catalog, entry: Entry, details?: unknown): unknown {
  const target = mockTarget(catalog, entry);
  const { format: _format, ...inputs } = defaultInputs(target);
  return renderBody(target.envelope, { entry: target.entry, ...inputs, ...(details !== undefined ? { details } : {}) });
}

async function roundTrip(catalog: Catalog, codes: readonly string[]): Promise<void> {
  const subset: Catalog = { ...catalog, errors: catalog.errors.filter((e) => codes.includes(e.code)) };
  const { doc, problems } = await dereferenceOpenApi(structuredClone(catalogOpenApi(subset)), path.join(__dirname, "export.json"));
  expect(problems).toEqual([]);
  const result = importOpenApi(doc, { slug: catalog.slug, sourceName: "export.json", targetLabel: `${catalog.slug}.yaml` });
  expect(result.invalid).toEqual([]);
  expect(result.problems).toEqual([]);
  const back = parseCatalog(result.yaml!, `${catalog.slug}.yaml`).catalog!;

  const before = new Map(entriesOf(subset).map((e) => [e.code, e]));
  const after = entriesOf(back);
  expect(after.map((e) => e.code).sort()).toEqual([...before.keys()].sort());
  for (const entry of after) {
    const original = before.get(entry.code)!;
    expect([entry.code, entry.status, entry.route]).toEqual([original.code, original.status, original.route]);
    const details = defaultInputs(mockTarget(subset, original)).details;
    expect(mockBody(back, entry, details)).toEqual(mockBody(subset, original));
  }
}

/** All of a catalog's codes, then random subsets of them, come back from export → import with their bodies. */
async function everySubsetRoundTrips(catalog: Catalog): Promise<void> {
  const codes = catalog.errors.map((e) => e.code);
  await roundTrip(catalog, codes);
  await fc.assert(
    fc.asyncProperty(fc.subarray(codes, { minLength: 1 }), (subset) => roundTrip(catalog, subset)),
    { numRuns: 25 },
  );
}

describe("OpenAPI export → import round trip", () => {
  it("covers the bundled catalogs and the hostile fixtures", () => {
    expect(hostile.issues).toEqual([]);
    expect(catalogs.map((c) => c.slug)).toEqual(expect.arrayContaining(["auth-service", "hostile", "payments", "sign-in", "telephony"]));
  });

  it.each(catalogs.map((c) => [c.slug, c] as const))("%s: any subset of codes comes back with its bodies", async (_slug, catalog) => {
    await everySubsetRoundTrips(catalog);
  });
});

describe("OpenAPI export → import round trip of an imported catalog whose code is inside its problem type's URI", async () => {
  const { doc } = await loadOpenApi(path.join(__dirname, "__fixtures__", "real", "shlink.json"));
  const imported = importOpenApi(doc, { slug: "shlink", sourceName: "shlink.json", targetLabel: "shlink.yaml" });
  const catalog = parseCatalog(imported.yaml!, "shlink.yaml").catalog!;

  it("keeps the template's https://shlink.io/api/error/{{code}}, and any subset of codes comes back with its bodies", async () => {
    expect(JSON.parse(catalog.envelope.template!).type).toBe("https://shlink.io/api/error/{{code}}");
    await everySubsetRoundTrips(catalog);
  });
});
