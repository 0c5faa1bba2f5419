import { describe, expect, it } from "vitest";
import { getCatalogs } from "../catalog/repository";
import { buildExport } from "./build";
import { SCORE, SearchEngine } from "./engine";

// The browser's per-catalog shards, exported and imported as in production.
const engine = SearchEngine.from(buildExport(getCatalogs(), { searchApi: true }).shards);
const ids = (q: string, n = 10) => engine.search(q, n).results.map((h) => `${h.catalog}/${h.code}`);

/** [query, expected first result, why]: written from content/catalogs. */
const FIRST: [string, string, string][] = [
  // Exact codes in any spelling
  ["AUTH_001", "auth-service/AUTH_001", "exact code"],
  ["auth-001", "auth-service/AUTH_001", "dash instead of underscore"],
  ["auth 001", "auth-service/AUTH_001", "space separator"],
  ["auth001", "auth-service/AUTH_001", "no separator"],
  ["  Auth_001  ", "auth-service/AUTH_001", "surrounding spaces, mixed case"],
  ["aut-1002", "identity-platform/AUT-1002", "exact identity code"],
  ["AUT 1002", "identity-platform/AUT-1002", "identity code with space"],
  ["aut_0010", "identity-platform/AUT-0010", "underscore for dash"],
  ["user:not_found", "accounts/user:not_found", "domain:reason code"],
  ["user-not-found", "accounts/user:not_found", "code slug spelling"],
  ["USER_NOT_FOUND", "accounts/user:not_found", "upper snake spelling of a domain:reason code"],
  ["token_expired", "authos/TOKEN_EXPIRED", "lower-case AuthOS code"],
  ["auth_login_db_error", "auth-observability/auth_login_db_error", "observability code"],
  ["auth login db error", "auth-observability/auth_login_db_error", "observability code as words"],
  ["rate_limit:exceeded", "accounts/rate_limit:exceeded", "code with underscore and colon"],
  ["sub_004", "auth-service/SUB_004", "short family code"],
  ["PERM-006", "auth-service/PERM_006", "dash for underscore"],
  // Partial and prefix codes
  ["1005", "identity-platform/AUT-1005", "number part alone, shortest code first"],
  ["stripe", "authos/STRIPE_ERROR", "code word"],
  ["meilisearch", "accounts/meilisearch:query_failed", "namespace name"],
  // Words, including misspellings
  ["password too weak", "auth-service/AUTH_009", "message words"],
  ["pasword too weak", "auth-service/AUTH_009", "misspelt word"],
  ["too weak pasword", "auth-service/AUTH_009", "words in another order"],
  ["credentails invalid", "auth-service/AUTH_003", "transposed letters"],
  ["backup codes exhausted", "accounts/totp:backup_code_exhausted", "message words"],
  ["backup codes exhuasted", "accounts/totp:backup_code_exhausted", "transposition in a long word"],
  ["subscripton expired", "auth-service/SUB_004", "dropped letter"],
  ["last superadmin", "auth-service/USR_002", "rare words"],
  ["TOTP secret generation", "accounts/totp:secret_generation_failed", "several words"],
  ["metadata nesting", "identity-platform/AUT-0012", "title words rank the titled code"],
  ["invitation link", "authos/INVITATION_EXPIRED", "words from the message"],
  ["organization suspended", "authos/ORGANIZATION_NOT_ACTIVE", "words from the message"],
  ["turnstile verificaton", "accounts/turnstile:verification_failed", "misspelt with a code word"],
  ["webauthn internal", "auth-observability/auth_webauthn_internal_error", "code parts as words"],
  ["qr generation", "accounts/totp:qr_generation_failed", "short word"],
  ["stripe billing provider", "authos/STRIPE_ERROR", "message words"],
  // Filled-in messages as received
  ["The metadata key tenant_color exceeds the maximum allowed length of 64 characters", "identity-platform/AUT-0010", "filled-in %v"],
  [
    "The metadata value very-long-value exceeds the maximum allowed length of 256 characters.",
    "identity-platform/AUT-0011",
    "filled-in value message",
  ],
  ["The provided 'grantType' magic_link is not valid.", "identity-platform/AUT-0013", "filled-in %s"],
  ["The provided 'grant_type' authorization_code is missing required fields.", "identity-platform/AUT-0014", "filled-in grant_type"],
  // Routes and statuses
  ["POST /auth/refresh", "auth-observability/auth_refresh_db_error", "route"],
  ["/auth/api-key", "auth-observability/auth_api_key_internal_error", "route path"],
  ["webauthn login verify", "auth-observability/auth_webauthn_db_error", "route words"],
  ["413", "accounts/FILE_TOO_LARGE", "status alone, one code has it"],
  ["payload too large", "accounts/FILE_TOO_LARGE", "message words"],
  ["502 worker", "accounts/worker:response_invalid", "status and a word"],
  // Pasted bodies in each envelope
  ['{"error": {"code": "AUTH_002", "message": "Token expired"}}', "auth-service/AUTH_002", "nested-error body"],
  [
    '{"error": "Rate limit exceeded for the current endpoint.", "error_code": "TOO_MANY_REQUESTS", "timestamp": "2025-01-15T10:30:00Z"}',
    "authos/TOO_MANY_REQUESTS",
    "flat-error-code body",
  ],
  ['{"code": "user:banned", "message": "User is banned"}', "accounts/user:banned", "domain-reason body"],
  [
    '{"detail": {"status": "error", "code": "auth_google_db_error", "message": "x"}}',
    "auth-observability/auth_google_db_error",
    "detail-wrapper body",
  ],
  [
    '{"code": "AUT-0006", "title": "Token Missing", "message": "A valid token must be provided"}',
    "identity-platform/AUT-0006",
    "code-title-message body",
  ],
  [
    '{"error":"Forbidden","error_code":"FORBIDDEN","timestamp":"2025-01-15T10:30:00Z"}',
    "authos/FORBIDDEN",
    "code in two catalogs: the body's envelope decides",
  ],
  ['{"code":"FORBIDDEN","message":"Forbidden"}', "accounts/FORBIDDEN", "the same code in the other catalog's envelope"],
  [
    '2025-01-15 ERROR upstream said {"error": {"code": "APP_002", "message": "Application not found"}}',
    "auth-service/APP_002",
    "body inside a log line",
  ],
  // Codes inside other text, as support staff paste them
  ["code: AUT-1002", "identity-platform/AUT-1002", "a labelled code"],
  ["error_code=TOKEN_EXPIRED", "authos/TOKEN_EXPIRED", "a log field"],
  ["HTTP 404 user:not_found", "accounts/user:not_found", "status then code"],
  ["got APP_002 from server", "auth-service/APP_002", "a code in a sentence"],
  ["{'error': {'code': 'APP_002'}}", "auth-service/APP_002", "a body in single quotes (not JSON)"],
  // Misspelt codes
  ["TOKEN_EXPRIED", "authos/TOKEN_EXPIRED", "transposed letters in a code"],
  ["APP_02", "auth-service/APP_002", "a dropped digit"],
  ["user:not_fuond", "accounts/user:not_found", "transposed letters in a domain:reason code"],
  ["auth_login_db_eror", "auth-observability/auth_login_db_error", "a dropped letter in a long code"],
  // A message word for word
  ["Application not found", "auth-service/APP_002", "the exact message beats a title with the same words"],
];

describe("relevance table", () => {
  it.each(FIRST)("%s → %s (%s)", (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it("has at least 40 realistic queries", () => {
    expect(FIRST.length).toBeGreaterThanOrEqual(40);
  });
});

describe("ranking tiers", () => {
  it("ranks the exact code above codes that only contain it", () => {
    const r = ids("1002");
    expect(r.slice(0, 2).sort()).toEqual(["identity-platform/AUT-1002", "identity-platform/IDE-1002"]);
  });

  it("does not split numbers: 1002 never finds AUT-1001 or 102-like codes as code matches", () => {
    const hits = engine.search("1002", 20).results.filter((h) => h.matched.includes("code"));
    expect(hits.map((h) => h.code).sort()).toEqual(["AUT-1002", "IDE-1002"]);
  });

  it("puts partial code matches above text matches", () => {
    const hits = engine.search("token", 30).results;
    const firstText = hits.findIndex((h) => !h.matched.includes("code"));
    const lastCode = hits.map((h) => h.matched.includes("code")).lastIndexOf(true);
    expect(firstText).toBeGreaterThan(0);
    expect(lastCode).toBeLessThan(firstText);
  });

  it("puts a code family first for its prefix", () => {
    expect(ids("aut-10", 6).sort()).toEqual(
      ["AUT-1001", "AUT-1002", "AUT-1003", "AUT-1004", "AUT-1005", "AUT-1015"].map((c) => `identity-platform/${c}`),
    );
    const totp = getCatalogs()
      .flatMap((c) => c.errors.map((e) => e.code))
      .filter((c) => c.startsWith("totp:"));
    expect(totp.length).toBeGreaterThan(5);
    expect(ids("totp:", totp.length).sort()).toEqual(totp.map((c) => `accounts/${c}`).sort());
  });

  it("lists every code with a status for a status query", () => {
    const r = ids("429", 20);
    expect(r).toEqual(expect.arrayContaining(["accounts/rate_limit:exceeded", "auth-service/AUTH_007", "authos/TOO_MANY_REQUESTS"]));
  });

  it("says which fields matched", () => {
    const [hit] = engine.search("metadata nesting", 1).results;
    expect(hit?.matched).toEqual(expect.arrayContaining(["title", "message"]));
    expect(engine.search("AUTH_001", 1).results[0]?.matched).toEqual(["code"]);
  });

  it("finishes the word being typed", () => {
    expect(ids("superadm")[0]).toBe("auth-service/USR_002");
  });

  it("answers nothing for nonsense and for an empty query", () => {
    expect(ids("zzqxv")).toEqual([]);
    expect(ids("   ")).toEqual([]);
  });
});

describe("codes and text together", () => {
  it("a message that also spells a code finds the code first and the other catalogs' codes with that message", () => {
    const r = ids("User not found");
    expect(r[0]).toBe("accounts/user:not_found");
    expect(r).toContain("auth-service/USR_001");
  });

  it("a lower-case word that is also a code finds the code and the messages with the word", () => {
    const hits = engine.search("unauthorized", 10).results;
    expect(hits[0]?.code).toBe("UNAUTHORIZED");
    expect(hits.length).toBeGreaterThan(1);
  });

  it("a code-like word in prose is not matched as a code unless it is one", () => {
    expect(
      engine.search("please check the HTTP headers", 10).results.every((h) => !h.matched.includes("code") || h.score < SCORE.codeInText),
    ).toBe(true);
  });
});

describe("paste-to-identify", () => {
  it("says which catalog a known code is in when the body is in another catalog's format", () => {
    const out = engine.search('{"error":{"code":"TOKEN_EXPIRED","message":"x"}}');
    expect(out.results[0]).toMatchObject({ catalog: "authos", code: "TOKEN_EXPIRED" });
    expect(out.identified?.summary).toBe(
      "Recognised the Auth Service format (Nested error object): code TOKEN_EXPIRED, which is in AuthOS, not in Auth Service.",
    );
  });

  it("names the catalog whose envelope the body is in", () => {
    const out = engine.search('{"detail": {"status": "error", "code": "auth_refresh_db_error", "message": "m"}}');
    expect(out.identified).toMatchObject({ format: "detail-wrapper", code: "auth_refresh_db_error", known: true, exact: true });
    expect(out.identified?.summary).toContain("Auth");
    expect(out.identified?.catalogs.map((c) => c.slug)).toEqual(["auth-observability"]);
  });

  it("says plainly when the code is unknown, and still suggests by message", () => {
    const out = engine.search('{"error": {"code": "AUTH_999", "message": "Password too weak"}}');
    expect(out.identified?.known).toBe(false);
    expect(out.identified?.summary).toMatch(/AUTH_999 is not in any catalog/);
    expect(out.results[0]?.code).toBe("AUTH_009");
  });

  it("names every catalog that has the code, in words", () => {
    const out = engine.search('{"error":{"code":"FORBIDDEN","message":"Forbidden"}}');
    expect(out.identified?.summary).toBe(
      "Recognised the Auth Service format (Nested error object): code FORBIDDEN, which is in Accounts API and AuthOS, not in Auth Service.",
    );
  });

  it("an unknown code suggests the codes with its message from the catalog whose envelope it is first", () => {
    // "Token expired" also spells AuthOS's TOKEN_EXPIRED, which outscores any message match on its own.
    const out = engine.search('{"error":{"code":"AUTH_999","message":"Token expired"}}');
    expect(out.identified).toMatchObject({ known: false, format: "nested-error" });
    expect(out.results[0]).toMatchObject({ catalog: "auth-service", code: "AUTH_002" });
    expect(out.results.map((h) => h.code)).toContain("TOKEN_EXPIRED");
  });

  it("recognises a body with extra members, but not as an exact match", () => {
    const out = engine.search('{"code": "AUT-1002", "title": "t", "message": "m", "traceId": "abc"}');
    expect(out.identified).toMatchObject({ format: "code-title-message", exact: false, known: true });
  });
});

describe("highlight", () => {
  it("marks the matched words in the snippet", () => {
    const [hit] = engine.search("backup codes", 1).results;
    const text = hit!.snippet.field === "title" ? hit!.title! : hit!.message;
    expect(hit!.snippet.ranges.map(([s, e]) => text.slice(s, e).toLowerCase())).toEqual(["backup", "codes"]);
  });

  it("marks the corrected word for a misspelling", () => {
    const [hit] = engine.search("pasword too weak", 1).results;
    expect(hit!.snippet.ranges.map(([s, e]) => hit!.message.slice(s, e))).toContain("Password");
  });
});
