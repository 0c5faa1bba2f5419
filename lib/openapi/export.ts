import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/schema";
import { entriesOf, type Entry } from "../catalog/model";
import { catalogBodySchema } from "../formats/catalog-schema";
import { catalogEnvelope, renderBody, typeBaseName } from "../formats";
import type { JsonSchema } from "../formats/json-schema";
import { reasonPhrase } from "../http-status";
import { defaultInputs } from "../mock/inputs";
import { mockTarget } from "../mock/target";
import { routes } from "../routes";
import { SITE_NAME, SITE_ORIGIN } from "../site";
import { markdownText } from "../markdown-text";
import { parseRoute, pathParameters } from "./route";
import type { OpenApiDocument, OperationObject, ResponseObject, ErrataExample } from "./types";

export type { OpenApiDocument };

/** The OpenAPI version the export writes. */
export const OPENAPI_VERSION = "3.1.0";

/** One code as the document holds it: its example's component key and what its responses are grouped by. */
interface Item {
  catalog: Catalog;
  entry: Entry;
  base: string;
  exampleKey: string;
  statusKey: string;
  contentType: string;
}

/** "404", "4XX" for a documented class, "default" for a code sent without an HTTP status. */
export function statusKey(status: Entry["status"]): string {
  return status === undefined ? "default" : typeof status === "number" ? String(status) : status.toUpperCase();
}

/** Component names allow letters, digits, `.`, `-` and `_`: a code's `:` becomes `_`, and a clash takes a number. */
function exampleKeys(base: string, entries: readonly Entry[]): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  for (const { code } of entries) {
    const plain = `${base}.${code.replace(/:/g, "_")}`;
    let key = plain;
    for (let n = 2; taken.has(key); n++) key = `${plain}-${n}`;
    taken.add(key);
    keys.set(code, key);
  }
  return keys;
}

/** The catalog's body schema with its `$defs` moved into components, so every renderer resolves them from the root. */
function bodySchemas(catalog: Catalog, base: string): Record<string, JsonSchema> {
  const { $schema: _dialect, $defs = {}, ...body } = catalogBodySchema(catalog);
  const name = (def: string) => `${base}${def.charAt(0).toUpperCase()}${def.slice(1)}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) =>
        k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")
          ? [k, `#/components/schemas/${name(v.slice(8))}`]
          : [k, rewrite(v)],
      ),
    );
  };
  const schemas: Record<string, JsonSchema> = {
    [`${base}Error`]: {
      title: `${catalog.service.name} error`,
      description: `The JSON body of every error response from ${markdownText(catalog.service.name)}.`,
      ...(rewrite(body) as JsonSchema),
    },
  };
  for (const [def, schema] of Object.entries($defs)) schemas[name(def)] = rewrite(schema) as JsonSchema;
  return schemas;
}

/** The body the mock endpoint answers for the code with its default inputs (the Try it panel's first view). */
function exampleValue(catalog: Catalog, entry: Entry): unknown {
  const target = mockTarget(catalog, entry);
  const { format: _format, ...inputs } = defaultInputs(target);
  return renderBody(target.envelope, { entry: target.entry, ...inputs });
}

function example(item: Item): ErrataExample {
  const { catalog, entry } = item;
  return {
    summary: entry.title ?? entry.message,
    value: exampleValue(catalog, entry),
    "x-errata": {
      catalog: catalog.slug,
      code: entry.code,
      status: entry.status ?? null,
      domain: entry.domain,
      ...(entry.title ? { title: entry.title } : {}),
      ...(entry.route ? { route: entry.route } : {}),
      page: `${SITE_ORIGIN}${entry.url}`,
      shortLink: `${SITE_ORIGIN}${routes.shortLink(entry.code)}`,
    },
  };
}

/** A Markdown list of the codes, each linked to its page; catalog text escaped so it shows as written. */
function codeList(items: readonly Item[]): string {
  return items
    .map(({ entry }) => `- [\`${entry.code}\`](${SITE_ORIGIN}${entry.url}): ${markdownText(entry.title ?? entry.message)}`)
    .join("\n");
}

/** One response holding these codes (same status): the envelope schema(s) and a named example per code. */
function response(items: readonly Item[], lead: string): ResponseObject {
  const content: ResponseObject["content"] = {};
  for (const item of items) {
    const media = (content[item.contentType] ??= { schema: { anyOf: [] }, examples: {} });
    const ref = { $ref: `#/components/schemas/${item.base}Error` };
    const anyOf = media.schema.anyOf!;
    if (!anyOf.some((s) => s.$ref === ref.$ref)) anyOf.push(ref);
    // The example's name is the code; the same code from two catalogs (all.openapi.json) is told apart by its catalog.
    const name = media.examples[item.entry.code] ? `${item.catalog.slug}:${item.entry.code}` : item.entry.code;
    media.examples[name] = { $ref: `#/components/examples/${item.exampleKey}` };
  }
  for (const media of Object.values(content)) if (media.schema.anyOf!.length === 1) media.schema = media.schema.anyOf![0]!;
  return { description: `${lead}\n\n${codeList(items)}`, content };
}

/** "404 Not Found: 3 codes." (the items share a status). */
function statusLead(items: readonly Item[]): string {
  const status = items[0]!.entry.status;
  const phrase = status === undefined ? "Sent without an HTTP status of its own" : `${status} ${reasonPhrase(status)}`.trim();
  return `${phrase}: ${items.length} ${items.length === 1 ? "code" : "codes"}.`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Operations from entries with a `route`: each lists only the codes it returns, by status. */
function paths(items: readonly Item[]): OpenApiDocument["paths"] {
  const out: OpenApiDocument["paths"] = {};
  const routed = items.flatMap((item) => {
    const op = item.entry.route ? parseRoute(item.entry.route) : undefined;
    return op ? [{ ...op, item }] : [];
  });
  for (const [path, byPath] of groupBy(routed, (r) => r.path)) {
    const pathItem: Record<string, OperationObject> = {};
    for (const [method, byMethod] of groupBy(byPath, (r) => r.method)) {
      const responses: Record<string, ResponseObject> = {};
      for (const [key, group] of groupBy(
        byMethod.map((r) => r.item),
        (i) => i.statusKey,
      ))
        responses[key] = response(group, statusLead(group));
      const params = pathParameters(path);
      pathItem[method] = {
        operationId: `${method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ? c.toUpperCase() : ""))}`,
        summary: `${method.toUpperCase()} ${path}`,
        description: `The error responses of this operation, from the error catalog. Its other responses are not part of the catalog.`,
        ...(params.length
          ? { parameters: params.map((name) => ({ name, in: "path" as const, required: true, schema: { type: "string" } })) }
          : {}),
        responses,
      };
    }
    out[path] = pathItem;
  }
  return out;
}

function itemsOf(catalog: Catalog): Item[] {
  const base = typeBaseName(catalog.slug);
  const entries = entriesOf(catalog);
  const keys = exampleKeys(base, entries);
  const { contentType } = catalogEnvelope(catalog);
  return entries.map((entry) => ({
    catalog,
    entry,
    base,
    exampleKey: keys.get(entry.code)!,
    statusKey: statusKey(entry.status),
    contentType,
  }));
}

function version(catalogs: readonly Catalog[]): string {
  return createHash("sha256").update(JSON.stringify(catalogs)).digest("hex").slice(0, 12);
}

/** An OpenAPI 3.1 document of these catalogs' error responses (see docs/openapi.md for its shape). */
function document(catalogs: readonly Catalog[], title: string, description: string): OpenApiDocument {
  const items = catalogs.flatMap(itemsOf);
  const schemas = Object.assign({}, ...catalogs.map((c) => bodySchemas(c, typeBaseName(c.slug)))) as Record<string, JsonSchema>;
  const responses: Record<string, ResponseObject> = {};
  for (const catalog of catalogs) {
    const own = items.filter((i) => i.catalog === catalog);
    for (const [key, group] of groupBy(own, (i) => i.statusKey)) {
      const name = `${typeBaseName(catalog.slug)}${key === "default" ? "Default" : key}`;
      responses[name] = response(group, `${markdownText(catalog.service.name)}. ${statusLead(group)}`);
    }
  }
  return {
    openapi: OPENAPI_VERSION,
    info: { title, version: version(catalogs), description },
    paths: paths(items),
    components: { schemas, responses, examples: Object.fromEntries(items.map((i) => [i.exampleKey, example(i)])) },
    "x-errata": {
      version: 1,
      generator: SITE_NAME,
      catalogs: catalogs.map((c) => ({
        slug: c.slug,
        name: c.service.name,
        page: `${SITE_ORIGIN}${routes.catalog(c.slug)}`,
        codes: c.errors.length,
      })),
    },
  };
}

const USE_IT =
  "Reference its components from your own spec, e.g. `$ref: 'errors.openapi.json#/components/responses/…'`. Generated by Errata from the error catalog; only error responses are described.";

/** One catalog's errors as OpenAPI 3.1: /downloads/{slug}.openapi.json. */
export function catalogOpenApi(catalog: Catalog): OpenApiDocument {
  return document([catalog], `${catalog.service.name} errors`, `${markdownText(catalog.description)}\n\n${USE_IT}`);
}

/** Every catalog's errors in one document: /downloads/all.openapi.json. */
export function allCatalogsOpenApi(catalogs: readonly Catalog[]): OpenApiDocument {
  return document(catalogs, `${SITE_NAME}: every error catalog`, `The error responses of ${catalogs.length} APIs.\n\n${USE_IT}`);
}
