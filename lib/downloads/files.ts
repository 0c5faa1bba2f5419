import type { Catalog } from "../catalog/schema";
import { entriesOf } from "../catalog/model";
import { toApiRecord } from "../catalog/api-record";
import { envelopeJsonSchema } from "./envelope-schema";
import { typescriptModule } from "./typescript-module";
import { allCatalogsOpenApi, catalogOpenApi } from "../openapi/export";

/** One downloadable file: its name under /downloads/, media type and a short label for links. */
export interface DownloadFile {
  file: string;
  contentType: string;
  label: string;
  body: () => string;
}

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * The downloads of one catalog: its codes as JSON (the /api/errors shape), the envelope's JSON Schema, a TypeScript
 * module, and its error responses as OpenAPI 3.1 (docs/openapi.md).
 */
export function catalogDownloads(catalog: Catalog): DownloadFile[] {
  return [
    { file: `${catalog.slug}.json`, contentType: JSON_TYPE, label: "JSON", body: () => json(entriesOf(catalog).map(toApiRecord)) },
    {
      file: `${catalog.slug}.schema.json`,
      contentType: "application/schema+json; charset=utf-8",
      label: "JSON Schema of the envelope",
      body: () => json(envelopeJsonSchema(catalog)),
    },
    {
      file: `${catalog.slug}.ts`,
      contentType: "text/typescript; charset=utf-8",
      label: "TypeScript module",
      body: () => typescriptModule(catalog),
    },
    {
      file: `${catalog.slug}.openapi.json`,
      contentType: JSON_TYPE,
      label: "OpenAPI 3.1 error responses",
      body: () => json(catalogOpenApi(catalog)),
    },
  ];
}

/** Every catalog's downloads, plus all.json with every code of every catalog and all.openapi.json with every response. */
export function allDownloads(catalogs: readonly Catalog[]): DownloadFile[] {
  return [
    { file: "all.json", contentType: JSON_TYPE, label: "JSON", body: () => json(catalogs.flatMap(entriesOf).map(toApiRecord)) },
    {
      file: "all.openapi.json",
      contentType: JSON_TYPE,
      label: "OpenAPI 3.1 error responses",
      body: () => json(allCatalogsOpenApi(catalogs)),
    },
    ...catalogs.flatMap(catalogDownloads),
  ];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
