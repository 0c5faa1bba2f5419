import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MockTarget } from "./inputs";
import { defaultRaw, queryParameters, rawFromQuery, toQuery } from "./query";
import { mockResponse } from "./respond";
import { onOrigin } from "./target";
import { testTarget } from "./test-target";

// The Try it panel keeps its inputs in the page URL with the query the endpoint takes: rawFromQuery reads it back.
const metadataKey: MockTarget = testTarget("identity-platform", "code-title-message", {
  code: "AUT-0010",
  status: 400,
  message: "The metadata key %v exceeds the maximum allowed length of %v characters.",
  placeholders: [
    { name: "key", example: "tenant_color", description: "" },
    { name: "max_length", example: "64", description: "" },
  ],
});
const validation: MockTarget = testTarget("accounts", "domain-reason", {
  code: "user:invalid",
  status: 422,
  message: "x",
  validation: true,
});
const serverClass: MockTarget = testTarget("auth-observability", "detail-wrapper", { code: "db", status: "5xx", message: "x" });

describe("the page URL's Try it query", () => {
  it("is empty for untouched inputs, and an empty query reads as the defaults", () => {
    for (const t of [metadataKey, validation, serverClass]) {
      expect(toQuery(t, defaultRaw(t))).toBe("");
      expect(rawFromQuery(t, "")).toEqual(defaultRaw(t));
    }
  });

  it("reads back what the panel wrote: toQuery(rawFromQuery(q)) is q for every query the panel writes", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.constantFrom("code-title-message", "rfc9457", "flat-error-code", "nested-error", "domain-reason", "detail-wrapper"),
        fc.constantFrom("development", "production", "staging"),
        fc.string({ maxLength: 12 }),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 12 }),
        ),
        (key, format, mode, timestamp, details) => {
          for (const t of [metadataKey, validation, serverClass]) {
            const raw = { ...defaultRaw(t), format, mode, timestamp, details, values: { ...defaultRaw(t).values, key } };
            const query = toQuery(t, raw);
            expect(toQuery(t, rawFromQuery(t, query))).toBe(query);
            expect(mockResponse(t, toQuery(t, rawFromQuery(t, `?${query}`)))).toEqual(mockResponse(t, query));
          }
        },
      ),
    );
  });

  it("keeps an invalid value as typed, so the panel shows the endpoint's refusal for it", () => {
    const raw = rawFromQuery(serverClass, "status=404&format=xml");
    expect(raw.status).toBe("404");
    expect(raw.format).toBe("xml");
    expect(mockResponse(serverClass, toQuery(serverClass, raw)).refusal?.parameter).toBe("format");
    const details = rawFromQuery(validation, "details=%7B%22a%22%3A");
    expect(details.details).toBe('{"a":');
    expect(mockResponse(validation, toQuery(validation, details)).refusal?.parameter).toBe("details");
  });

  it("shows valid details indented, ignores parameters the code does not take, and takes the first of a repeated one", () => {
    const raw = rawFromQuery(validation, "details=%7B%22a%22%3A1%7D&utm_source=mail");
    expect(raw.details).toBe('{\n  "a": 1\n}');
    expect(toQuery(validation, raw)).toBe("details=%7B%22a%22%3A1%7D");
    expect(rawFromQuery(metadataKey, "key=a&key=b").values.key).toBe("a");
    expect(queryParameters(metadataKey)).toEqual(["format", "mode", "status", "timestamp", "request_id", "details", "key", "max_length"]);
  });
});

describe("onOrigin", () => {
  it("puts a path target's page URLs on the page's origin, and leaves them as paths for none", () => {
    const paths = { ...metadataKey, entry: { ...metadataKey.entry, url: "/catalogs/identity-platform/aut-0010", shortUrl: "/e/AUT-0010" } };
    const rfc = { ...paths, envelope: testTarget("x", "rfc9457", { code: "AUT-0010", status: 400, message: "m" }).envelope };
    expect(onOrigin(paths, "")).toBe(paths);
    expect(onOrigin(paths, "http://127.0.0.1:3100").entry).toMatchObject({
      url: "http://127.0.0.1:3100/catalogs/identity-platform/aut-0010",
      shortUrl: "http://127.0.0.1:3100/e/AUT-0010",
    });
    const body = JSON.parse(mockResponse(onOrigin(rfc, "https://errors.example.com"), "").body) as { type: string };
    expect(body.type).toBe("https://errors.example.com/e/AUT-0010");
  });
});
