import { describe, expect, it } from "vitest";
import { readSlot } from "../formats/match";
import { compileTemplate } from "../formats/template";
import { codeFromText, findCodePath, uriCodePrefix, uriPrefixOf } from "./code-path";

describe("codes that are the last segment of a URI", () => {
  it("takes the prefix the URIs share, cut back to a / (a : in URNs); for one URI, all but its last segment", () => {
    expect(uriCodePrefix(["https://shlink.io/api/error/tag-not-found", "https://shlink.io/api/error/tag-conflict"])).toBe(
      "https://shlink.io/api/error/",
    );
    expect(uriCodePrefix(["https://shlink.io/api/error/short-url-not-found"])).toBe("https://shlink.io/api/error/");
    expect(uriCodePrefix(["urn:ietf:params:acme:error:badNonce", "urn:ietf:params:acme:error:badCSR"])).toBe("urn:ietf:params:acme:error:");
    expect(uriCodePrefix(["urn:ietf:params:acme:error:badNonce"])).toBe("urn:ietf:params:acme:error:");
  });

  it("takes the prefix most URIs fit when none fits all, and none that is only a scheme and host or holds a {{marker}}", () => {
    expect(uriCodePrefix(["https://a.example/errors/x", "https://a.example/errors/y", "https://b.example/problems/z"])).toBe(
      "https://a.example/errors/",
    );
    expect(uriCodePrefix(["https://a.example/x"])).toBe("https://a.example/");
    expect(uriCodePrefix(["https://a.example"])).toBeUndefined();
    expect(uriCodePrefix(["https://a.example/errors/"])).toBeUndefined();
    expect(uriCodePrefix(["https://a.example/{{code}}/x"])).toBeUndefined();
  });

  it("reads URIs only where they are at least as many as bare codes, about:blank counting as neither", () => {
    const uri = (c: string) => `https://x.example/e/${c}`;
    expect(uriPrefixOf([uri("a"), "B", "about:blank"])).toBe("https://x.example/e/");
    expect(uriPrefixOf([uri("a"), "B", "C"])).toBeUndefined();
    expect(uriPrefixOf(["about:blank", "about:blank"])).toBeUndefined();
    expect(uriPrefixOf(["card_declined", 20404])).toBeUndefined();
  });

  it("says why a value holds no code: about:blank, another prefix, a bare code among URIs", () => {
    const prefix = "https://x.example/e/";
    expect(codeFromText("https://x.example/e/not-found", prefix)).toEqual({ code: "not-found" });
    expect(codeFromText("about:blank", prefix)).toEqual({ skip: `"about:blank" (RFC 9457's default problem type) is not a code` });
    expect(codeFromText("about:blank", undefined)).toHaveProperty("skip");
    expect(codeFromText("https://y.example/e/a", prefix)).toEqual({
      skip: `"https://y.example/e/a" does not start with ${prefix}, which the other URIs there share`,
    });
    expect(codeFromText("NOT_FOUND", prefix)).toHaveProperty("skip");
    expect(codeFromText("https://x.example/e/a/b", prefix)).toHaveProperty("skip");
    expect(codeFromText("NOT_FOUND", undefined)).toEqual({ code: "NOT_FOUND" });
  });
});

describe("findCodePath and problem types", () => {
  const problem = (type: string, extra: Record<string, unknown> = {}) => ({
    body: { type, title: "T", status: 404, detail: "D", ...extra },
  });

  it("falls back to a type holding URIs when no other property holds the code", () => {
    expect(findCodePath([problem("https://x.example/e/a"), problem("https://x.example/e/b")])).toEqual(["type"]);
    expect(findCodePath([problem("https://x.example/e/a"), problem("B_CODE")])).toEqual(["type"]);
  });

  it("prefers any other code property, even deeper", () => {
    expect(findCodePath([problem("https://x.example/e/a", { code: 1 }), problem("https://x.example/e/b", { code: 2 })])).toEqual(["code"]);
    expect(findCodePath([problem("https://x.example/e/a", { errors: [{ code: "A" }] })])).toEqual(["errors", 0, "code"]);
  });

  it("takes no type that is only about:blank", () => {
    expect(findCodePath([problem("about:blank"), problem("about:blank")])).toBeUndefined();
    expect(findCodePath([problem("about:blank"), problem("B_CODE")])).toBeUndefined();
  });
});

describe("readSlot reads a code interpolated into text", () => {
  it("reads the code after a URI prefix, and nothing from text of another shape", () => {
    const template = compileTemplate('{"type": "https://shlink.io/api/error/{{code}}", "detail": "{{message}}"}');
    const body = { type: "https://shlink.io/api/error/short-url-not-found", detail: "No URL found" };
    expect(readSlot(template, body, "code")).toBe("short-url-not-found");
    expect(readSlot(template, body, "message")).toBe("No URL found");
    expect(readSlot(template, { type: "INVALID_SHORTCODE" }, "code")).toBeUndefined();
    expect(readSlot(template, { type: "https://shlink.io/api/error/a/b" }, "code")).toBeUndefined();
    expect(
      readSlot(compileTemplate('{"type": "urn:ietf:params:acme:error:{{code}}"}'), { type: "urn:ietf:params:acme:error:badNonce" }, "code"),
    ).toBe("badNonce");
  });
});
