import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import type { Catalog } from "../catalog/schema";
import { envelopeJsonSchema } from "../downloads/envelope-schema";
import { typeBaseName } from "../formats";
import { schemaValidator } from "../formats/validate";
import { mockResponse } from "../mock/respond";
import { mockTarget } from "../mock/target";
import { allCatalogsOpenApi, catalogOpenApi, type OpenApiDocument } from "./export";
import { markdownText } from "../markdown-text";
import { parseRoute } from "./route";
import { openApiUseSnippet } from "./use-snippet";

const root = process.cwd();
const bundled = loadCatalogDir(path.join(root, "content", "catalogs"));
/** Declared templates (Stripe-, Twilio-, Entra ID-like), numeric codes, no statuses, hostile text. */
const hostile = loadCatalogDir(path.join(root, "e2e-hostile", "catalogs"));
/** Routes with path parameters, a status class, a code without a status, a custom media type. */
const [orders] = loadCatalogDir(path.join(root, "lib", "openapi", "__fixtures__", "export")) as [Catalog];
const all = [...bundled, ...hostile, orders];

async function validate(doc: unknown) {
  const validator = new Validator();
  const result = await validator.validate(doc as Parameters<Validator["validate"]>[0]);
  return { version: validator.version, valid: result.valid, errors: result.errors };
}

/** Follows a local `$ref` (#/components/…) in the document. */
function resolve(doc: OpenApiDocument, ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
}

/** Every `$ref` string anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refsIn(v)));
}

describe("OpenAPI export (issue 20)", () => {
  it("the validator used here rejects what is not OpenAPI 3.1, so the checks below mean something", async () => {
    const doc = catalogOpenApi(orders);
    expect((await validate(doc)).valid).toBe(true);
    const { info: _info, ...withoutInfo } = doc;
    expect((await validate(withoutInfo)).valid).toBe(false);
    expect((await validate({ ...doc, paths: { "no-slash": {} } })).valid).toBe(false);
  });

  for (const catalog of all) {
    it(`${catalog.slug}: a valid OpenAPI 3.1 document whose every $ref resolves`, async () => {
      const doc = catalogOpenApi(catalog);
      const result = await validate(doc);
      expect(result.errors).toBeUndefined();
      expect(result).toMatchObject({ version: "3.1", valid: true });
      for (const ref of refsIn(doc)) expect(resolve(doc, ref), ref).toBeDefined();
    });

    it(`${catalog.slug}: one named example per code, the body the mock answers, which fits the downloaded JSON Schema`, () => {
      const doc = catalogOpenApi(catalog);
      const examples = Object.values(doc.components.examples);
      expect(examples.map((e) => e["x-errata"].code)).toEqual(catalog.errors.map((e) => e.code));
      const fits = schemaValidator(envelopeJsonSchema(catalog));
      for (const entry of entriesOf(catalog)) {
        const example = examples.find((e) => e["x-errata"].code === entry.code)!;
        expect(fits(example.value), entry.code).toEqual([]);
        const answer = mockResponse(mockTarget(catalog, entry), "");
        // A code without a status of its own (and no default_status) needs ?status=; its example omits the status.
        if (!answer.refusal) expect(example.value, entry.code).toEqual(JSON.parse(answer.body));
        expect(example["x-errata"]).toMatchObject({ catalog: catalog.slug, status: entry.status ?? null, domain: entry.domain });
        expect(example["x-errata"].page).toMatch(new RegExp(`${entry.url}$`));
        expect(example.summary).toBe(entry.title ?? entry.message);
      }
    });

    it(`${catalog.slug}: one response per status, each naming exactly that status's codes`, () => {
      const doc = catalogOpenApi(catalog);
      const base = typeBaseName(catalog.slug);
      const statuses = new Set(catalog.errors.map((e) => e.status));
      expect(Object.keys(doc.components.responses)).toHaveLength(statuses.size);
      for (const status of statuses) {
        const key = `${base}${status === undefined ? "Default" : String(status).toUpperCase()}`;
        const media = Object.values(doc.components.responses[key]!.content)[0]!;
        // Sorted: a JSON object puts integer-like keys (20404) first whatever the order they were written in.
        expect(Object.keys(media.examples).sort(), key).toEqual(
          catalog.errors
            .filter((e) => e.status === status)
            .map((e) => e.code)
            .sort(),
        );
        expect(media.schema.$ref).toBe(`#/components/schemas/${base}Error`);
      }
    });
  }

  it("the envelope schema is the downloaded JSON Schema, with its $defs moved into components", () => {
    const doc = catalogOpenApi(orders);
    const { $schema: _s, $id: _i, $defs, title: _t, description: _d, ...downloaded } = envelopeJsonSchema(orders);
    const { title: _t2, description: _d2, ...exported } = doc.components.schemas.OrdersError!;
    expect(JSON.stringify(exported)).toBe(JSON.stringify(downloaded).replaceAll("#/$defs/code", "#/components/schemas/OrdersCode"));
    expect(doc.components.schemas.OrdersCode).toEqual($defs!.code);
    expect(JSON.stringify(doc)).not.toContain("#/$defs/");
  });

  it("operations list only the codes whose route they are, by status, with path parameters declared", () => {
    const doc = catalogOpenApi(orders);
    const items = doc.paths["/orders/{order_id}/items"]!.post!;
    expect(Object.keys(items.responses).sort()).toEqual(["404", "409"]);
    expect(Object.keys(Object.values(items.responses["409"]!.content)[0]!.examples)).toEqual(["order:locked", "cart_locked"]);
    expect(Object.keys(Object.values(items.responses["404"]!.content)[0]!.examples)).toEqual(["20404"]);
    expect(items.parameters).toEqual([{ name: "order_id", in: "path", required: true, schema: { type: "string" } }]);
    expect(Object.keys(doc.paths["/orders/{order_id}"]!.get!.responses)).toEqual(["404"]);
    // A documented class is its range key; the query written in a route is not part of the path.
    expect(Object.keys(doc.paths["/payments"]!.post!.responses)).toEqual(["4XX"]);
    // The catalog's own media type; a code without a status is the "default" response.
    expect(Object.keys(doc.components.responses.Orders4XX!.content)).toEqual(["application/vnd.orders.error+json"]);
    expect(doc.components.responses.OrdersDefault).toBeDefined();
    expect(doc.components.examples["Orders.order_locked"]!["x-errata"].code).toBe("order:locked");
  });

  it("catalog text reaches Markdown descriptions escaped, so renderers show it as written", () => {
    const doc = catalogOpenApi(orders);
    const description = doc.components.responses.Orders409!.description;
    expect(description).toContain("The order is &lt;locked&gt; by \\[another\\](https://evil.example) \\*session\\*.");
    expect(description).not.toContain("<locked>");
    expect(markdownText("[x](javascript:alert(1)) data:text/html")).toBe("\\[x\\](javascript\\:alert(1)) data\\:text/html");
    expect(markdownText("a_b `c` {d} |e| &amp; <script>\nnext")).toBe("a\\_b \\`c\\` \\{d\\} \\|e\\| &amp;amp; &lt;script&gt; next");
    // The example itself is data: the message exactly as the catalog writes it.
    expect((doc.components.examples["Orders.order_locked"]!.value as { error: { message: string } }).error.message).toBe(
      "The order is <locked> by [another](https://evil.example) *session*.",
    );
  });

  it("all.openapi.json holds every catalog, and a code two catalogs share is two examples", async () => {
    const doc = allCatalogsOpenApi(all);
    expect((await validate(doc)).valid).toBe(true);
    expect(Object.keys(doc.components.examples)).toHaveLength(all.reduce((n, c) => n + c.errors.length, 0));
    expect(doc["x-errata"].catalogs.map((c) => c.slug)).toEqual(all.map((c) => c.slug));
    const twin = { ...orders, slug: "orders-eu", service: { ...orders.service, name: "Orders EU" } };
    const both = allCatalogsOpenApi([orders, twin]);
    const media = both.paths["/orders/{order_id}"]!.get!.responses["404"]!.content["application/vnd.orders.error+json"]!;
    expect(Object.keys(media.examples)).toEqual(["order_not_found", "orders-eu:order_not_found"]);
    expect(media.schema.anyOf?.map((s) => s.$ref)).toEqual(["#/components/schemas/OrdersError", "#/components/schemas/OrdersEuError"]);
  });

  it("routes that are not operations stay in the examples' x-errata only", () => {
    expect(parseRoute("POST /auth/login")).toEqual({ method: "post", path: "/auth/login" });
    expect(parseRoute("get /users/{id}?expand=1")).toEqual({ method: "get", path: "/users/{id}" });
    for (const text of ["login callback", "FETCH /x", "POST x", "GET /a/{b"]) expect(parseRoute(text), text).toBeUndefined();
  });

  it("the 'use it in your spec' snippet references a response that exists", () => {
    const snippet = openApiUseSnippet(orders);
    const ref = /\$ref: "[^"#]+\/downloads\/orders\.openapi\.json#(\/components\/responses\/\w+)"/.exec(snippet)?.[1];
    expect(ref).toBeDefined();
    expect(resolve(catalogOpenApi(orders), `#${ref}`)).toBeDefined();
  });
});
