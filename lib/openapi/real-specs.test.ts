import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { parseCatalog } from "../catalog/parse";
import { driftReport, formatDrift, hasDrift, specCodes } from "./drift";
import { catalogOpenApi } from "./export";
import { importOpenApi } from "./import";
import { dereferenceOpenApi, loadOpenApi, notNeeded } from "./load";

// Excerpts of public specs (each fixture names its repository and path), and the shapes of large ones, as they broke
// the importer or the drift report.
const fixture = (name: string) => path.join(__dirname, "__fixtures__", "real", name);
const opts = { slug: "real", sourceName: "spec.yaml", targetLabel: "content/catalogs/real.yaml" };

async function imported(name: string, codePath?: string) {
  const { doc, problems } = await loadOpenApi(fixture(name));
  expect(problems).toEqual([]);
  const result = importOpenApi(doc, { ...opts, ...(codePath ? { codePath } : {}) });
  expect(result.invalid).toEqual([]);
  const catalog = parseCatalog(result.yaml ?? "", "real.yaml").catalog!;
  return { doc, result, catalog };
}

describe("the excerpts are valid OpenAPI", () => {
  it.each(["meilisearch.yaml", "stripe.yaml", "matrix/login.yaml", "shlink.json"])("%s", async (name) => {
    const result = await new Validator().validate((await loadOpenApi(fixture(name))).doc as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
  });
});

describe("meilisearch: examples, and an enum of every code in the schema all error responses share", async () => {
  const { doc, result, catalog } = await imported("meilisearch.yaml");
  const entry = (code: string) => catalog.errors.find((e) => e.code === code);

  it("imports the examples' codes with their statuses and routes", () => {
    expect(entry("index_not_found")).toMatchObject({ status: 404, route: "GET /indexes/{indexUid}", domain: "Indexes" });
    expect(entry("missing_authorization_header")?.notes).toBe("Also returned by GET /tasks/{taskUid}.");
    expect(catalog.errors).toHaveLength(16);
  });

  it("gives a code only the shared enum lists no response's description, route or operation's domain", () => {
    // Was: message "The authorization header is missing" (the first response's description), domain Indexes.
    expect(entry("api_key_already_exists")).toEqual({
      code: "api_key_already_exists",
      domain: "General",
      message: "api_key_already_exists",
    });
    expect(entry("webhook_not_found")?.route).toBeUndefined();
  });

  it("says a notice that many codes share once, not once per code", () => {
    expect(result.notices).toContain(
      "13 codes (api_key_already_exists, api_key_not_found, bad_parameter, bad_request, document_not_found…): listed only in enums, of responses with 401, 404, 400; no status or route set",
    );
    expect(result.notices.some((n) => n.startsWith("api_key_not_found:"))).toBe(false);
    expect(result.notices.length).toBeLessThan(6);
  });

  it("finds no drift between the spec and the catalog imported from it", () => {
    const report = driftReport(doc, catalog);
    expect(formatDrift(report)).toBe("No drift: the spec and catalog real agree.");
  });
});

describe("matrix: split files, and a message some examples of a code leave out", async () => {
  const { doc, catalog } = await imported("matrix/login.yaml");

  it("takes the message from the bodies that have one, and from another example of the same code", () => {
    // Was: every message was its code, because the 403 example of POST /login has no `error`.
    expect(catalog.errors.map((e) => [e.code, e.status, e.message])).toEqual([
      ["M_UNKNOWN", 400, "Bad login type."],
      ["M_FORBIDDEN", 403, "You do not have a high enough power level to kick from this room."],
    ]);
    expect(JSON.parse(catalog.envelope.template!)).toEqual({ errcode: "{{code}}", error: "{{vars.error}}" });
  });

  it("finds no drift between the spec and the catalog imported from it", () => {
    expect(hasDrift(driftReport(doc, catalog))).toBe(false);
  });
});

describe("stripe: no examples, `default` responses sharing one schema whose only enum is error.type", () => {
  it("says why nothing is imported without --code-path", async () => {
    const { doc } = await loadOpenApi(fixture("stripe.yaml"));
    const result = importOpenApi(doc, opts);
    expect(result.yaml).toBeUndefined();
    expect(result.problems.at(-1)?.message).toMatch(/^no codes found: .* at error\.code, or an enum there$/);
  });

  it("imports the enum with --code-path error.type, and the drift report reads the codes where the envelope puts them", async () => {
    const { doc, catalog } = await imported("stripe.yaml", "error.type");
    expect(catalog.errors.map((e) => [e.code, e.status, e.route, e.message])).toEqual([
      ["api_error", undefined, undefined, "api_error"],
      ["card_error", undefined, undefined, "card_error"],
      ["idempotency_error", undefined, undefined, "idempotency_error"],
      ["invalid_request_error", undefined, undefined, "invalid_request_error"],
    ]);
    // Was: "the operation does not return it" for each, the enum being looked for at error.code (the schema's guess).
    expect(hasDrift(driftReport(doc, catalog))).toBe(false);
  });
});

describe("shlink: problem+json whose code is the last segment of its type URI, beside older examples' bare codes", async () => {
  const { doc, result, catalog } = await imported("shlink.json");
  const older = (op: string) =>
    `/paths/~1rest~1v{version}~1short-urls~1{shortCode}/${op}/content/application~1problem+json/examples/Previous to API v3/value`;
  /** The spec without the examples for API versions before 3. */
  const v3Only = () => {
    const copy = structuredClone(doc);
    const walk = (v: unknown): void => {
      if (typeof v !== "object" || v === null) return;
      if (!Array.isArray(v) && "Previous to API v3" in v) delete (v as Record<string, unknown>)["Previous to API v3"];
      Object.values(v).forEach(walk);
    };
    walk(copy);
    return copy;
  };

  it("takes the codes from what follows the prefix the type URIs share, and keeps the prefix in the template", () => {
    // Was: "cannot find the code in every example body … pass --code-path".
    expect(catalog.errors.map((e) => [e.code, e.status, e.route, e.title])).toEqual([
      ["short-url-not-found", 404, "GET /rest/v{version}/short-urls/{shortCode}", "Short URL not found"],
      ["invalid-short-url-deletion", 422, "DELETE /rest/v{version}/short-urls/{shortCode}", "Cannot delete short URL"],
      ["invalid-data", 400, "PATCH /rest/v{version}/short-urls/{shortCode}", "Invalid data"],
      ["forbidden-tag-operation", 403, "PUT /rest/v{version}/tags", "Forbidden tag operation"],
      ["tag-not-found", 404, "PUT /rest/v{version}/tags", "Tag not found"],
      ["tag-conflict", 409, "PUT /rest/v{version}/tags", "Tag conflict"],
    ]);
    expect(JSON.parse(catalog.envelope.template!)).toMatchObject({
      type: "https://shlink.io/api/error/{{code}}",
      title: "{{title}}",
      status: "{{status}}",
      detail: "{{message}}",
    });
    expect(catalog.envelope.content_type).toBe("application/problem+json");
    expect(result.notices).toContain(
      "the codes are the URIs at type less the prefix they share, https://shlink.io/api/error/; the template keeps the prefix",
    );
  });

  it("lists each older example's bare code at its pointer, without guessing which URI it stands for", () => {
    const bare = (code: string) =>
      `the code at type: "${code}" is a bare code where the other examples have a URI (https://shlink.io/api/error/…); which URI it stands for is not guessed; skipped`;
    expect(result.problems).toEqual([
      { pointer: older("get/responses/404"), message: bare("INVALID_SHORTCODE") },
      { pointer: older("delete/responses/422"), message: bare("INVALID_SHORT_URL_DELETION") },
      { pointer: older("patch/responses/400"), message: bare("INVALID_ARGUMENT") },
      { pointer: older("patch/responses/404"), message: bare("INVALID_SHORTCODE") },
    ]);
  });

  it("finds no drift: the report reads the codes through the template's interpolated type", () => {
    expect(formatDrift(driftReport(v3Only(), catalog))).toBe("No drift: the spec and catalog real agree.");
    expect(specCodes(v3Only(), catalog).map((c) => c.code)).toContain("tag-conflict");
  });

  it("reports the older examples only as bodies that do not fit the envelope, not as codes the catalog lacks", () => {
    const report = driftReport(doc, catalog);
    expect([report.missing, report.unreturned, report.statusMismatches]).toEqual([[], [], []]);
    expect(report.envelope.map((e) => e.pointer)).toEqual(
      ["get/responses/404", "delete/responses/422", "patch/responses/400", "patch/responses/404"].map(older),
    );
  });

  it("finds no drift between the catalog and its own export", async () => {
    const exported = await dereferenceOpenApi(structuredClone(catalogOpenApi(catalog)), path.join(__dirname, "export.json"));
    expect(formatDrift(driftReport(exported.doc, catalog))).toBe("No drift: the spec and catalog real agree.");
  });

  it("reads the same codes without a catalog", () => {
    expect([...new Set(specCodes(doc).map((c) => c.code))]).toEqual(catalog.errors.map((e) => e.code));
  });
});

describe("large specs", () => {
  const errorResponse = (code: string) => ({
    description: "Not found.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example: { code, message: `No ${code}.` } } },
  });

  it("loads a spec whose success schemas nest deeper than ref-parser's limit: only what error responses use is dereferenced", async () => {
    const schemas: Record<string, unknown> = {
      Error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
    };
    for (let i = 0; i < 600; i++) schemas[`s${i}`] = { type: "object", properties: { next: { $ref: `#/components/schemas/s${i + 1}` } } };
    schemas.s600 = { type: "object" };
    const doc = {
      openapi: "3.0.3",
      info: { title: "Deep", version: "1" },
      paths: {
        "/things": {
          get: {
            parameters: [{ $ref: "#/components/parameters/limit" }],
            responses: {
              "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/s0" } } } },
              "404": errorResponse("thing_missing"),
            },
          },
        },
      },
      components: { schemas, parameters: { limit: { name: "limit", in: "query", schema: { type: "integer" } } } },
    };
    const loaded = await dereferenceOpenApi(doc, path.join(__dirname, "deep.json"));
    expect(loaded.problems).toEqual([]);
    expect(importOpenApi(loaded.doc, opts).codes).toBe(1);
  });

  it("dereferences operations' error responses and the components they use, and leaves the rest", () => {
    expect(notNeeded("spec.json#/paths/~1a/get/responses/404/content/application~1json/schema")).toBe(false);
    expect(notNeeded("spec.json#/paths/~1a/get/responses/default")).toBe(false);
    expect(notNeeded("spec.json#/paths/~1a/get/responses/4XX")).toBe(false);
    expect(notNeeded("spec.json#/paths/~1a")).toBe(false);
    expect(notNeeded("spec.json#/components/responses/NotFound")).toBe(false);
    expect(notNeeded("spec.json#/paths/~1a/get/responses/200")).toBe(true);
    expect(notNeeded("spec.json#/paths/~1a/get/requestBody")).toBe(true);
    expect(notNeeded("spec.json#/paths/~1a/parameters")).toBe(true);
    expect(notNeeded("spec.json#/components/schemas")).toBe(true);
    expect(notNeeded("spec.json#/webhooks")).toBe(true);
  });

  it("lists ten routes in a code's notes and counts the rest", () => {
    const paths = Object.fromEntries(
      Array.from({ length: 14 }, (_, i) => [`/r${i}`, { get: { responses: { "404": errorResponse("gone") } } }]),
    );
    const result = importOpenApi({ openapi: "3.1.0", info: { title: "T", version: "1" }, paths }, opts);
    const notes = parseCatalog(result.yaml!, "x").catalog?.errors[0]?.notes;
    expect(notes).toBe(`Also returned by ${Array.from({ length: 10 }, (_, i) => `GET /r${i + 1}`).join(", ")} and 3 more routes.`);
  });
});
