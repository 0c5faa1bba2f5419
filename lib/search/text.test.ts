import { describe, expect, it } from "vitest";
import { highlightRanges, splitHighlighted } from "./highlight";
import { identifyBody } from "./identify";
import { parseSearchParams } from "./params";
import { compileTemplate, matchTemplate } from "./templates";
import { codeTokens, editDistance, normalizeCode, queryTerms, words } from "./text";
import { Vocabulary } from "./vocabulary";

describe("normalizeCode", () => {
  it.each(["AUTH_001", "auth-001", "auth 001", "auth001", "Auth.001", " AUTH__001 ", "ａｕｔｈ００１"])("%s → auth001", (code) => {
    expect(normalizeCode(code)).toBe("auth001");
  });

  it("keeps codes that differ in letters or digits apart", () => {
    expect(normalizeCode("AUT-1002")).not.toBe(normalizeCode("AUT-102"));
    expect(normalizeCode("user:not_found")).toBe("usernotfound");
  });
});

describe("words and queryTerms", () => {
  it("splits on anything but letters and digits, folding case and accents", () => {
    expect(words("The 'grantType' tenant_color naïve 5xx")).toEqual(["the", "granttype", "tenant", "color", "naive", "5xx"]);
  });

  it("drops stopwords unless nothing else is left", () => {
    expect(queryTerms("the password is too weak")).toEqual(["password", "too", "weak"]);
    expect(queryTerms("the")).toEqual(["the"]);
  });
});

describe("editDistance", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("credentails", "credentials", 2)).toBe(1);
    expect(editDistance("pasword", "password", 2)).toBe(1);
    expect(editDistance("token", "tokens", 1)).toBe(1);
  });

  it("gives up past the limit", () => {
    expect(editDistance("password", "session", 2)).toBe(3);
  });
});

describe("Vocabulary", () => {
  const v = new Vocabulary();
  for (const w of ["password", "passkey", "pass", "credentials", "token", "tokens", "42"]) v.add(w);

  it("corrects within one edit, two for long words, none for short ones", () => {
    expect(v.corrections("pasword")).toEqual(["password"]);
    expect(v.corrections("credntals")).toEqual(["credentials"]);
    expect(v.corrections("tok")).toEqual([]);
  });

  it("completes a prefix, shortest first, and ignores numbers", () => {
    expect(v.completions("pass")).toEqual(["pass", "passkey", "password"]);
    expect(v.has("42")).toBe(false);
  });
});

describe("templates", () => {
  const t = compileTemplate("The metadata key %v exceeds the maximum allowed length of %v characters. Please use a shorter key.")!;

  it("matches the message as received, whole or a stretch of it", () => {
    expect(
      matchTemplate(
        t,
        words("The metadata key tenant_color exceeds the maximum allowed length of 64 characters. Please use a shorter key."),
      ),
    ).toBeGreaterThan(0);
    expect(matchTemplate(t, words("metadata key tenant_color exceeds the maximum"))).toBeGreaterThan(0);
  });

  it("needs a filled placeholder and enough of the message's own words", () => {
    expect(matchTemplate(t, words("the metadata key"))).toBe(0);
    expect(matchTemplate(t, words("key x exceeds"))).toBe(0);
    expect(matchTemplate(t, words("The metadata value tenant_color exceeds the maximum"))).toBe(0);
  });

  it("is undefined for a message without placeholders", () => {
    expect(compileTemplate("Token expired")).toBeUndefined();
  });
});

describe("identifyBody", () => {
  it.each([
    ['{"error": {"code": "AUTH_001", "message": "m"}}', "nested-error", "AUTH_001"],
    ['{"error": "m", "error_code": "JWT_ERROR", "timestamp": "2025-01-15T10:30:00Z"}', "flat-error-code", "JWT_ERROR"],
    ['{"code": "user:banned", "message": "m"}', "domain-reason", "user:banned"],
    ['{"detail": {"status": "error", "code": "auth_login_db_error", "message": "m"}}', "detail-wrapper", "auth_login_db_error"],
    ['{"code": "AUT-0006", "title": "t", "message": "m"}', "code-title-message", "AUT-0006"],
    ['{"type": "/e/X", "title": "t", "status": 400, "detail": "d", "instance": "urn:request:r1", "code": "X"}', "rfc9457", "X"],
  ])("%s is %s carrying %s", (body, format, code) => {
    expect(identifyBody(body)).toMatchObject({ format, code, exact: true });
  });

  it("is undefined for text, arrays, and bodies without a code", () => {
    expect(identifyBody("password")).toBeUndefined();
    expect(identifyBody("[1, 2]")).toBeUndefined();
    expect(identifyBody('{"message": "m"}')).toBeUndefined();
    expect(identifyBody("{not json")).toBeUndefined();
  });
});

describe("highlight", () => {
  it("marks whole words and typed prefixes, never inside words", () => {
    const text = "Invalid email/password combination";
    const ranges = highlightRanges(text, ["pass", "email"]);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(["email", "password"]);
    expect(highlightRanges("Subscription expired", ["script"])).toEqual([]);
  });

  it("splits text into plain and marked pieces", () => {
    expect(splitHighlighted("Token expired", [[6, 13]])).toEqual([
      { text: "Token ", mark: false },
      { text: "expired", mark: true },
    ]);
  });
});

describe("parseSearchParams", () => {
  const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

  it("reads q, limit and placeholders", () => {
    expect(parse("q=auth&limit=5")).toEqual({ ok: true, q: "auth", limit: 5, placeholders: false });
    expect(parse("q=auth")).toMatchObject({ ok: true, limit: 10 });
    expect(parse("q=auth&placeholders=1")).toMatchObject({ ok: true, placeholders: true });
    expect(parse("q=auth&placeholders=true")).toMatchObject({ ok: true, placeholders: true });
    expect(parse("q=auth&placeholders=0")).toMatchObject({ ok: true, placeholders: false });
  });

  it.each([
    ["", "q"],
    ["q=%20%20", "q"],
    [`q=${"x".repeat(2049)}`, "q"],
    ["q=a&limit=0", "limit"],
    ["q=a&limit=abc", "limit"],
    ["q=a&limit=51", "limit"],
    ["q=a&limit=-1", "limit"],
    ["q=a&q=b", "q"],
    ["q=a&limit=10&limit=20", "limit"],
    ["q=a&placeholders=yes", "placeholders"],
    ["q=a&placeholders=", "placeholders"],
    ["q=a&placeholders=1&placeholders=1", "placeholders"],
  ])("%s → 400 naming %s", (qs, parameter) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.parameter).toBe(parameter);
  });

  it("counts bytes, not characters", () => {
    expect(parse(`q=${encodeURIComponent("é".repeat(1025))}`).ok).toBe(false);
    expect(parse(`q=${encodeURIComponent("é".repeat(1024))}`).ok).toBe(true);
  });
});

describe("codeTokens", () => {
  it("finds the code in labelled, logged and quoted text", () => {
    expect(codeTokens("code: AUT-1002")).toEqual(["AUT-1002"]);
    expect(codeTokens("error_code=TOKEN_EXPIRED")).toEqual(["error_code", "TOKEN_EXPIRED"]);
    expect(codeTokens("HTTP 404 user:not_found.")).toEqual(["HTTP", "user:not_found"]);
    expect(codeTokens("{'error': {'code': 'APP_002'}}")).toEqual(["APP_002"]);
    expect(codeTokens("auth001 and FORBIDDEN")).toEqual(["auth001", "FORBIDDEN"]);
  });

  it("leaves plain words, numbers alone and short fragments to the text search", () => {
    expect(codeTokens("user not found")).toEqual([]);
    expect(codeTokens("unauthorized 404")).toEqual([]);
    expect(codeTokens("OK, go")).toEqual([]);
  });
});
