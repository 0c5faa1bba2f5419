import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { parseCatalog } from "../catalog/parse";
import { loadOpenApi } from "./load";
import { importOpenApi } from "./import";
import { parseCodePath } from "./code-path";
import { errorResponses } from "./responses";
import { driftReport, hasDrift } from "./drift";

const fixture = (name: string) => path.join(__dirname, "__fixtures__", name);
const opts = { slug: "imported", sourceName: "spec.yaml", targetLabel: "content/catalogs/imported.yaml" };

async function imported(name: string, codePath?: string) {
  const { doc, problems } = await loadOpenApi(fixture(name));
  expect(problems).toEqual([]);
  const result = importOpenApi(doc, { ...opts, ...(codePath ? { codePath } : {}) });
  return { result, catalog: parseCatalog(result.yaml ?? "", "imported.yaml").catalog };
}

describe("the fixtures are valid OpenAPI", () => {
  it.each(["split/openapi.yaml", "enum-only.yaml", "problem-json.json", "drift/spec.yaml", "drift/clean.yaml"])("%s", async (name) => {
    const validator = new Validator();
    // The validator follows only local $refs: a split spec is checked once loadOpenApi has joined its files.
    const result = await validator.validate(
      name.startsWith("split/") ? ((await loadOpenApi(fixture(name))).doc as Record<string, unknown>) : fixture(name),
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("loadOpenApi", () => {
  it("follows $refs into a sibling file, so the responses there are walked with the pointer where they are used", async () => {
    const { doc } = await loadOpenApi(fixture("split/openapi.yaml"));
    const rate = errorResponses(doc).find((r) => r.key === "429");
    expect(rate?.pointer).toBe("/paths/~1v1~1charges/post/responses/429");
    expect(rate?.media[0]?.examples.map((e) => e.pointer)).toEqual([
      "/paths/~1v1~1charges/post/responses/429/content/application~1json/examples/rate_limit",
    ]);
  });

  it("tolerates a circular schema", async () => {
    const { doc, problems } = await loadOpenApi(fixture("problem-json.json"));
    expect(problems).toEqual([]);
    const problem = (doc as { components: { schemas: { Problem: { properties: { cause: unknown } } } } }).components.schemas.Problem;
    expect(problem.properties.cause).toBe(problem);
  });

  it("reports each bad $ref at the pointer of the $ref, with what is wrong", async () => {
    const { doc, problems } = await loadOpenApi(fixture("broken/bad-ref.yaml"));
    expect(doc).toBeUndefined();
    expect(problems.map((p) => p.pointer)).toEqual(["/paths/~1things/get/responses/404", "/paths/~1things/get/responses/409"]);
    expect(problems[0]!.message).toMatch(/^cannot resolve \$ref: Error opening file missing\.yaml: ENOENT/);
    expect(problems[0]!.message).not.toContain(__dirname);
    expect(problems[1]!.message).toBe(
      'cannot resolve $ref: Missing $ref pointer "#/components/responses/Nope". Token "components" does not exist.',
    );
  });

  it("refuses a Swagger 2.0 file, an unsupported version, an unreadable file and malformed YAML", async () => {
    expect((await loadOpenApi(fixture("broken/not-openapi.yaml"))).problems).toEqual([
      { pointer: "", message: "is not an OpenAPI document: it has no openapi field (swagger 2.0 is OpenAPI 2.0; convert it to 3.x first)" },
    ]);
    expect((await loadOpenApi(fixture("nope.yaml"))).problems).toEqual([{ pointer: "", message: "cannot read the file: ENOENT" }]);
    expect(importOpenApi({ openapi: "3.2.0", paths: {} }, opts).problems).toEqual([
      { pointer: "/openapi", message: 'must be an OpenAPI version 3.0.x or 3.1.x, not "3.2.0"' },
    ]);
    expect(importOpenApi([], opts).problems[0]?.message).toMatch(/^is not an OpenAPI document/);
  });
});

describe("import from a 3.0 spec split across files (Stripe-like envelope)", async () => {
  const { result, catalog } = await imported("split/openapi.yaml");

  it("validates, with one entry per code: status from the response key, route from the operation, domain from the tag", () => {
    expect(result.invalid).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(catalog?.errors.map((e) => [e.code, e.status, e.route, e.domain])).toEqual([
      ["parameter_missing", 400, "POST /v1/charges", "Charges"],
      ["card_declined", 402, "POST /v1/charges", "Charges"],
      ["expired_card", 402, "POST /v1/charges", "Charges"],
      ["rate_limit", 429, "POST /v1/charges", "Charges"],
      ["resource_missing", 404, "GET /v1/charges/{charge}", "Charges"],
      ["api_error", undefined, "GET /v1/customers/{customer}", "Customers"],
    ]);
  });

  it("keeps a code's first route and lists the others in notes", () => {
    expect(catalog?.errors.find((e) => e.code === "resource_missing")?.notes).toBe("Also returned by GET /v1/customers/{customer}.");
  });

  it("derives the template: code and message slots, per-code vars, text with the code interpolated", () => {
    expect(JSON.parse(catalog!.envelope.template!)).toEqual({
      error: {
        type: "{{vars.type}}",
        code: "{{code}}",
        message: "{{message}}",
        param: "{{vars.param}}",
        doc_url: "https://docs.billing.example/errors/{{code}}",
      },
    });
    expect(catalog?.errors.find((e) => e.code === "card_declined")?.vars).toEqual({ type: "card_error", param: "payment_method" });
    expect(catalog?.errors.find((e) => e.code === "rate_limit")?.vars).toEqual({ type: "rate_limit_error" });
    expect(catalog?.envelope.documented).toBe(true);
    expect(JSON.parse(catalog!.envelope.example).error.code).toBe("parameter_missing");
  });

  it("takes titles from example summaries that differ from the message", () => {
    expect(catalog?.errors.find((e) => e.code === "card_declined")?.title).toBe("Card declined");
    expect(catalog?.errors.find((e) => e.code === "resource_missing")?.title).toBeUndefined();
    expect(catalog?.service).toEqual({ name: "Billing API", documented: true });
  });

  it("takes a given code path, and reports a code answered with two statuses at each later example", async () => {
    const { doc } = await loadOpenApi(fixture("split/openapi.yaml"));
    const typed = importOpenApi(doc, { ...opts, codePath: "error.type" });
    const first = "/paths/~1v1~1charges/post/responses/400/content/application~1json/example";
    expect(typed.problems).toEqual(
      ["/v1/charges/{charge}", "/v1/customers/{customer}"].map((p) => ({
        pointer: `/paths/${p.replace(/\//g, "~1")}/get/responses/404/content/application~1json/examples/resource_missing/value`,
        message: `invalid_request_error: answered with 404 here, but with 400 at ${first}; kept 400`,
      })),
    );
    expect(parseCatalog(typed.yaml!, "x").catalog?.errors.map((e) => e.code)).toEqual([
      "invalid_request_error",
      "card_error",
      "rate_limit_error",
      "api_error",
    ]);
  });
});

describe("import from a spec whose codes are only in enums", async () => {
  const { result, catalog } = await imported("enum-only.yaml");

  it("takes codes from enum and const, messages from x-enum-descriptions or the response description, with notices", () => {
    expect(result.invalid).toEqual([]);
    expect(catalog?.errors.map((e) => [e.code, e.status, e.route, e.message])).toEqual([
      ["ORDER_EXISTS", 409, "POST /orders", "An order with this reference already exists."],
      ["ORDER_LOCKED", 409, "POST /orders", "The order is locked for editing."],
      ["INVALID_QUANTITY", 422, "POST /orders", "The quantity must be between 1 and 99."],
      ["ORDER_NOT_FOUND", 404, "GET /orders/{id}", "No order with this id."],
    ]);
    expect(result.notices).toContain(
      "ORDER_NOT_FOUND: no example; its message is the enum's description or the response's description: check it",
    );
  });

  it("reads the template off the schema, leaving out what it cannot fill, and marks it undocumented", () => {
    expect(JSON.parse(catalog!.envelope.template!)).toEqual({ code: "{{code}}", message: "{{message}}", trace_id: "{{request_id}}" });
    expect(catalog?.envelope.documented).toBe(false);
    expect(result.notices).toContain("left out of the template (no example shows their values): hint");
  });

  it("takes the domain from the path's first segment when the operation has no tag", () => {
    expect(catalog?.errors.find((e) => e.code === "ORDER_NOT_FOUND")?.domain).toBe("orders");
  });
});

describe("import from a 3.1 JSON spec with numeric codes in problem+json", async () => {
  const { result, catalog } = await imported("problem-json.json");

  it("keeps numeric codes as text, 4XX as the class 4xx, and the media type", () => {
    expect(result.invalid).toEqual([]);
    expect(catalog?.errors.map((e) => [e.code, e.status, e.title])).toEqual([
      ["20404", 404, "Number not found"],
      ["21211", "4xx", "Invalid number"],
      ["21610", 409, "Port in progress"],
      ["30007", undefined, undefined],
    ]);
    expect(catalog?.envelope.content_type).toBe("application/problem+json");
  });

  it("writes the code as a number, the status, title and request id as slots, and interpolates text", () => {
    expect(JSON.parse(catalog!.envelope.template!)).toEqual({
      type: "https://api.numbers.example/problems/{{code}}",
      title: "{{title}}",
      status: "{{status}}",
      detail: "{{message}}",
      instance: "urn:request:{{request_id}}",
      code: "{{code | number}}",
      traceId: "{{request_id}}",
    });
  });

  it("sets no status or route for a code listed only in a schema several responses share", () => {
    const code = catalog?.errors.find((e) => e.code === "30007");
    expect(code?.route).toBeUndefined();
    expect(result.notices).toContain("30007: listed only in enums, of responses with 404, 4xx, 409; no status or route set");
  });
});

describe("import of codes that are the last segment of a URI", () => {
  const spec = (bodies: Record<string, unknown>, schema?: unknown) => ({
    openapi: "3.0.3",
    info: { title: "Problems", version: "1" },
    paths: Object.fromEntries(
      Object.entries(bodies).map(([status, example], i) => [
        `/r${i}`,
        {
          get: {
            responses: {
              [status]: {
                description: "d",
                content: { "application/problem+json": { ...(example ? { example } : {}), ...(schema ? { schema } : {}) } },
              },
            },
          },
        },
      ]),
    ),
  });
  const problem = (type: string, detail: string, status: number) => ({ type, title: detail.split(".")[0], status, detail });

  it("reads URNs after the namespace they share (RFC 8555 ACME), and finds no drift against the catalog", () => {
    const doc = spec({
      "400": problem("urn:ietf:params:acme:error:badNonce", "Bad nonce. Retry.", 400),
      "403": problem("urn:ietf:params:acme:error:unauthorized", "Unauthorized. No account.", 403),
    });
    const result = importOpenApi(doc, opts);
    expect(result.problems).toEqual([]);
    const catalog = parseCatalog(result.yaml!, "x").catalog!;
    expect(catalog.errors.map((e) => e.code)).toEqual(["badNonce", "unauthorized"]);
    expect(JSON.parse(catalog.envelope.template!).type).toBe("urn:ietf:params:acme:error:{{code}}");
    expect(hasDrift(driftReport(doc, catalog))).toBe(false);
  });

  it("takes the last path segment of a single example's URI", () => {
    const result = importOpenApi(spec({ "404": problem("https://api.example/probs/out-of-credit", "No credit.", 404) }), opts);
    const catalog = parseCatalog(result.yaml!, "x").catalog!;
    expect(catalog.errors.map((e) => e.code)).toEqual(["out-of-credit"]);
    expect(JSON.parse(catalog.envelope.template!).type).toBe("https://api.example/probs/{{code}}");
  });

  it("takes no about:blank type (RFC 9457's default) as a code, and lists it at its pointer", () => {
    const doc = spec({
      "404": problem("https://api.example/probs/gone", "Gone.", 404),
      "500": problem("about:blank", "Internal error.", 500),
    });
    const result = importOpenApi(doc, opts);
    expect(result.problems).toEqual([
      {
        pointer: "/paths/~1r1/get/responses/500/content/application~1problem+json/example",
        message: 'the code at type: "about:blank" (RFC 9457\'s default problem type) is not a code; skipped',
      },
    ]);
    expect(result.codes).toBe(1);
    const blank = importOpenApi(spec({ "500": problem("about:blank", "Internal error.", 500) }), { ...opts, codePath: "type" });
    expect(blank.yaml).toBeUndefined();
    expect(blank.problems[0]?.message).toMatch(/"about:blank" .* is not a code; skipped$/);
  });

  it("reads a given --code-path type as URIs too, beside a numeric code member", async () => {
    const { catalog } = await imported("problem-json.json", "type");
    expect(catalog?.errors.map((e) => e.code)).toEqual(["20404", "21211", "21610"]);
    expect(JSON.parse(catalog!.envelope.template!)).toMatchObject({
      type: "https://api.numbers.example/problems/{{code}}",
      code: "{{code | number}}",
    });
  });

  it("reads an enum of URIs in a schema without examples, writing the template's prefix, and finds no drift", () => {
    const schema = {
      type: "object",
      properties: {
        type: { type: "string", enum: ["https://api.example/probs/a-gone", "https://api.example/probs/b-moved", "about:blank"] },
        detail: { type: "string" },
      },
    };
    const doc = spec({ "404": undefined }, schema);
    const result = importOpenApi(doc, { ...opts, codePath: "type" });
    expect(result.problems).toEqual([
      {
        pointer: "/paths/~1r0/get/responses/404/content/application~1problem+json/schema",
        message: 'enum value at type: "about:blank" (RFC 9457\'s default problem type) is not a code; skipped',
      },
    ]);
    const catalog = parseCatalog(result.yaml!, "x").catalog!;
    expect(catalog.errors.map((e) => e.code)).toEqual(["a-gone", "b-moved"]);
    expect(JSON.parse(catalog.envelope.template!)).toEqual({ type: "https://api.example/probs/{{code}}", detail: "{{message}}" });
    expect(hasDrift(driftReport(doc, catalog))).toBe(false);
  });
});

describe("import problems", () => {
  it("names the example when the code cannot be found, and when a given code path is absent", async () => {
    const { doc } = await loadOpenApi(fixture("broken/no-code.yaml"));
    const at = "/paths/~1things/get/responses/400/content/application~1json/examples/bad/value";
    expect(importOpenApi(doc, opts)).toEqual({
      problems: [
        {
          pointer: at,
          message:
            "cannot find the code in every example body: no property named code, error_code, errorCode… holds one; pass --code-path, e.g. error.code",
        },
      ],
      notices: [],
      invalid: [],
      codes: 0,
    });
    const given = importOpenApi(doc, { ...opts, codePath: "error.code" });
    expect(given.yaml).toBeUndefined();
    expect(given.problems).toEqual([
      { pointer: at, message: "no code at error.code (the --code-path); skipped" },
      {
        pointer: "",
        message: "no codes found: no error response (4xx, 5xx, default) has an example with a code at error.code, or an enum there",
      },
    ]);
    expect(importOpenApi(doc, { ...opts, codePath: "error.kind" }).codes).toBe(1);
  });

  it("reports a code answered with two statuses at the second example, keeping the first", () => {
    const body = (code: string) => ({ content: { "application/json": { example: { code, message: "m" } } }, description: "d" });
    const doc = {
      openapi: "3.0.3",
      paths: { "/a": { get: { responses: { "404": body("GONE") } } }, "/b": { get: { responses: { "410": body("GONE") } } } },
    };
    const result = importOpenApi(doc, opts);
    expect(result.problems).toEqual([
      {
        pointer: "/paths/~1b/get/responses/410/content/application~1json/example",
        message: "GONE: answered with 410 here, but with 404 at /paths/~1a/get/responses/404/content/application~1json/example; kept 404",
      },
    ]);
    expect(parseCatalog(result.yaml!, "x").catalog?.errors[0]?.status).toBe(404);
  });

  it("refuses a malformed --code-path", () => {
    expect(() => parseCodePath("error..code")).toThrow(/must be keys joined by dots/);
    expect(parseCodePath("errors[0].code")).toEqual(["errors", 0, "code"]);
  });
});
