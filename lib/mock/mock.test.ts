import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import { mockTarget } from "./target";
import type { MockTarget } from "./inputs";
import { defaultInputs, resolvedDefaults } from "./inputs";
import { MAX_QUERY_LENGTH, MAX_VALUE_LENGTH, parseQuery, toQuery, type RawInputs } from "./query";
import { mockResponse, renderResponse } from "./respond";
import { testTarget } from "./test-target";

const metadataKey: MockTarget = testTarget("identity-platform", "code-title-message", {
  code: "AUT-0010",
  status: 400,
  title: "Metadata Key Length Exceeded",
  message: "The metadata key %v exceeds the maximum allowed length of %v characters.",
  placeholders: [
    { name: "key", example: "tenant_color", description: "" },
    { name: "max_length", example: "64", description: "" },
  ],
});
const serverClass: MockTarget = testTarget("auth-observability", "detail-wrapper", {
  code: "auth_login_db_error",
  status: "5xx",
  message: "Login failed",
});
const validation: MockTarget = testTarget("accounts", "domain-reason", {
  code: "user:invalid",
  status: 422,
  message: "Invalid user",
  validation: true,
});

const body = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;

describe("mockResponse", () => {
  it("answers the real status, headers and the catalog's envelope with example values by default", () => {
    const r = mockResponse(metadataKey, "");
    expect(r.status).toBe(400);
    expect(r.headers).toEqual({ "Content-Type": "application/json", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    expect(body(r)).toEqual({
      code: "AUT-0010",
      title: "Metadata Key Length Exceeded",
      message: "The metadata key tenant_color exceeds the maximum allowed length of 64 characters.",
    });
  });

  it("fills placeholders by name", () => {
    expect(body(mockResponse(metadataKey, "?key=avatar_url&max_length=32")).message).toBe(
      "The metadata key avatar_url exceeds the maximum allowed length of 32 characters.",
    );
  });

  it("answers application/problem+json for format=rfc9457", () => {
    const r = mockResponse(metadataKey, "format=rfc9457&request_id=abc");
    expect(r.headers["Content-Type"]).toBe("application/problem+json");
    expect(body(r)).toMatchObject({ status: 400, code: "AUT-0010", instance: "urn:request:abc", type: "https://errata.test/e/AUT-0010" });
  });

  it("answers x00 for a status class, or the status picked within the class", () => {
    expect(mockResponse(serverClass, "").status).toBe(500);
    expect(mockResponse(serverClass, "status=503").status).toBe(503);
    expect(body(mockResponse(serverClass, "status=404"))).toEqual({
      status: 400,
      error: "status must be a status in 5xx (500–599)",
      parameter: "status",
    });
    expect(body(mockResponse(metadataKey, "status=401"))).toEqual({
      status: 400,
      error: "status must be 400: AUT-0010 always answers 400",
      parameter: "status",
    });
  });

  it("sends details only in development mode, and takes them as JSON", () => {
    expect(body(mockResponse(validation, "")).details).toEqual({ issues: [{ path: ["name"], message: "Required" }] });
    expect(body(mockResponse(validation, "mode=production")).details).toBeUndefined();
    expect(body(mockResponse(validation, `details=${encodeURIComponent('{"a":1}')}`)).details).toEqual({ a: 1 });
    // null is JSON too: sent as asked, as the nested-error format does, not swapped for the example.
    expect(body(mockResponse(validation, "details=null")).details).toBeNull();
    expect(body(mockResponse({ ...validation, entry: { ...validation.entry, validation: undefined } }, "details=null")).details).toBeNull();
    expect(body(mockResponse(validation, "mode=production&details=1")).parameter).toBe("details");
    const invalid = mockResponse(validation, "details=%7Bnope");
    expect(invalid.status).toBe(400);
    expect(body(invalid)).toMatchObject({ parameter: "details" });
    expect(String(body(invalid).error)).toMatch(/^details is not valid JSON/);
  });

  it("answers compactly: deep details are refused, and no answer is more than a small multiple of its request (issue 18, row 6)", () => {
    const deep = `details=${encodeURIComponent(`${"[".repeat(512)}${"]".repeat(512)}`)}`;
    const refused = mockResponse(validation, deep);
    expect(refused.status).toBe(400);
    expect(body(refused)).toMatchObject({ parameter: "details", error: "details is nested 512 levels deep; at most 8 are allowed" });
    // The worst a 1 kB details can do within the limits: wide, at the deepest allowed level.
    const wide = `${"[".repeat(7)}[${Array.from({ length: 150 }, () => "1").join(",")}]${"]".repeat(7)}`;
    const query = `details=${encodeURIComponent(wide)}`;
    const answer = mockResponse(validation, query);
    expect(answer.status).toBe(422);
    expect(answer.body.length).toBeLessThan(10 * query.length);
  });

  it("refuses unknown, repeated and inapplicable parameters with a 400 naming them", () => {
    const cases: [string, string][] = [
      ["colour=red", "colour"],
      ["key=a&key=b", "key"],
      ["format=xml", "format"],
      ["mode=dev", "mode"],
      ["timestamp=2025-01-01T00:00:00Z", "timestamp"],
      ["format=flat-error-code&timestamp=yesterday", "timestamp"],
      ["format=rfc9457&request_id=has%20space", "request_id"],
      ["constructor=1", "constructor"],
      ["__proto__=1", "__proto__"],
    ];
    for (const [query, parameter] of cases) {
      const r = mockResponse(metadataKey, query);
      expect(r.status, query).toBe(400);
      expect(body(r), query).toMatchObject({ status: 400, parameter });
    }
  });

  it("answers 414 for a value over 1024 characters or a query over 4096", () => {
    const long = mockResponse(metadataKey, `key=${"a".repeat(MAX_VALUE_LENGTH + 1)}`);
    expect(long.status).toBe(414);
    expect(body(long).parameter).toBe("key");
    expect(mockResponse(metadataKey, `key=${"a".repeat(MAX_VALUE_LENGTH)}`).status).toBe(400);
    const huge = mockResponse(metadataKey, "x".repeat(MAX_QUERY_LENGTH + 1));
    expect(huge.status).toBe(414);
    expect(body(huge).parameter).toBeNull();
  });

  it("never answers a 5xx, or a non-JSON body, for any query string", () => {
    const queryChar = fc.constantFrom(...'abcdefgkmorstuxyz_-=&%?+#[]{}":,.0123456789 é\u0000');
    const query = fc.oneof(
      fc.string({ unit: queryChar, maxLength: 200 }),
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom("format", "mode", "status", "timestamp", "request_id", "details", "key", "max_length", "x"),
            fc.string(),
          ),
        )
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(fc.constantFrom(metadataKey, serverClass, validation), query, (target, q) => {
        const r = mockResponse(target, q);
        const json = JSON.parse(r.body) as Record<string, unknown>;
        if (Object.hasOwn(json, "parameter")) {
          // A refusal: a 400 or 414 that says why.
          expect([400, 414]).toContain(r.status);
          expect(json.status).toBe(r.status);
          expect(typeof json.error).toBe("string");
        } else if (typeof target.entry.status === "number") {
          expect(r.status).toBe(target.entry.status);
        } else {
          // A class code answers 500 unless a valid ?status= picked another 5xx.
          expect(r.status).toBe(Number(new URLSearchParams(q).get("status") ?? 500));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("toQuery", () => {
  it("is empty for the defaults and round-trips through parseQuery", () => {
    const raw = (t: MockTarget, over: Partial<RawInputs> = {}): RawInputs => {
      const d = defaultInputs(t);
      return {
        format: d.format,
        values: d.values,
        mode: d.mode,
        details: JSON.stringify(d.details, null, 2),
        timestamp: d.timestamp,
        requestId: d.requestId,
        status: String(d.status),
        ...over,
      };
    };
    const catalogs = loadCatalogDir(path.join(process.cwd(), "content", "catalogs"));
    for (const target of catalogs.flatMap((c) => entriesOf(c).map((e) => mockTarget(c, e)))) {
      expect(toQuery(target, raw(target)), target.entry.code).toBe("");
      expect(mockResponse(target, "").refusal, target.entry.code).toBeUndefined();
    }
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom("code-title-message", "rfc9457", "flat-error-code", "nested-error", "domain-reason", "detail-wrapper"),
        fc.constantFrom("development", "production"),
        fc.jsonValue({ maxDepth: 2 }),
        (key, format, mode, details) => {
          for (const target of [metadataKey, validation]) {
            const r = raw(target, { format, mode, values: { key, max_length: "64" }, details: JSON.stringify(details) });
            const parsed = parseQuery(target, toQuery(target, r));
            expect(parsed.ok).toBe(true);
            if (!parsed.ok) return;
            const direct = renderResponse(target, {
              ...resolvedDefaults(target),
              format,
              mode,
              values: { ...defaultInputs(target).values, key },
              details: JSON.parse(JSON.stringify(details)) as unknown,
            });
            expect(renderResponse(target, parsed.inputs)).toEqual(direct);
          }
        },
      ),
    );
  });
});
