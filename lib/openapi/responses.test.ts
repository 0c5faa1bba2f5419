import { describe, expect, it } from "vitest";
import { importOpenApi } from "./import";
import { parseCatalog } from "../catalog/parse";
import { errorResponses, errorStatusOf, isJsonMediaType } from "./responses";

const json = (example: unknown) => ({ description: "d", content: { "application/json": { example } } });

describe("errorResponses", () => {
  const doc = {
    openapi: "3.1.0",
    paths: {
      "/users/{id}": {
        parameters: [],
        get: {
          responses: {
            "200": json({ ok: true }),
            "404": { $ref: "#/components/responses/NotFound" },
            "5XX": json({ code: "DOWN", message: "Down" }),
            default: {
              description: "x",
              content: { "text/plain": { example: "oops" }, "application/vnd.api+json": { example: { code: "X" } } },
            },
          },
        },
      },
    },
    components: { responses: { NotFound: json({ code: "NOT_FOUND" }), Unused: json({ code: "TEAPOT" }) } },
  };
  const responses = errorResponses(doc);

  it("walks 4xx, 5xx, ranges and default with escaped pointers, then component responses no operation uses", () => {
    expect(responses.map((r) => [r.pointer, r.status, r.statusKnown])).toEqual([
      ["/paths/~1users~1{id}/get/responses/404", 404, true],
      ["/paths/~1users~1{id}/get/responses/5XX", "5xx", true],
      ["/paths/~1users~1{id}/get/responses/default", undefined, true],
      ["/components/responses/Unused", undefined, false],
    ]);
    expect(responses[0]?.operation?.route).toBe("GET /users/{id}");
  });

  it("keeps JSON media types only", () => {
    expect(responses[2]?.media.map((m) => m.pointer)).toEqual([
      "/paths/~1users~1{id}/get/responses/default/content/application~1vnd.api+json",
    ]);
    expect(["application/json; charset=utf-8", "application/problem+json"].every(isJsonMediaType)).toBe(true);
    expect(isJsonMediaType("text/html")).toBe(false);
    expect([errorStatusOf("404"), errorStatusOf("4XX"), errorStatusOf("default"), errorStatusOf("201")]).toEqual([
      404,
      "4xx",
      undefined,
      null,
    ]);
  });
});

describe("template inference on bodies without x-errata", () => {
  it("reads an Entra-like body: the code given, the message after its code prefix, an id and a timestamp as slots", () => {
    const body = (code: number, error: string, message: string, trace: string) => ({
      error,
      error_description: `AADSTS${code}: ${message}`,
      error_codes: [code],
      timestamp: "2024-03-01 10:00:00Z".replace(" ", "T"),
      trace_id: trace,
    });
    const doc = {
      openapi: "3.0.3",
      paths: {
        "/token": {
          post: {
            responses: {
              "400": {
                description: "d",
                content: {
                  "application/json": {
                    examples: {
                      a: { value: body(50126, "invalid_grant", "Invalid username or password.", "t-1") },
                      b: { value: body(700016, "unauthorized_client", "Application not found.", "t-2") },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const result = importOpenApi(doc, { slug: "sign-in", sourceName: "s.json", targetLabel: "s.yaml", codePath: "error_codes[0]" });
    const catalog = parseCatalog(result.yaml!, "s.yaml").catalog!;
    expect(JSON.parse(catalog.envelope.template!)).toEqual({
      error: "{{vars.error}}",
      error_description: "AADSTS{{code}}: {{message}}",
      error_codes: ["{{code | number}}"],
      timestamp: "{{timestamp}}",
      trace_id: "{{request_id}}",
    });
    expect(catalog.errors.map((e) => [e.code, e.message, e.vars])).toEqual([
      ["50126", "Invalid username or password.", { error: "invalid_grant" }],
      ["700016", "Application not found.", { error: "unauthorized_client" }],
    ]);
  });
});
