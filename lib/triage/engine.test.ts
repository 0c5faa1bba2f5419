import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_PATTERN } from "../catalog/schema";
import { CODE_LIKE } from "./bodies";
import { isWeakCode } from "./codes-in-text";
import { createTriage, triageText } from "./engine";
import { testIndex } from "./test-catalogs";
import { triageIndex } from "./index-data";
import type { TriageResult } from "./types";

const index = testIndex();
const run = (text: string) => triageText(index, text);
/** `catalog/code ×count @lines (via)` for each finding, for compact expectations. */
const found = (r: TriageResult) => r.findings.map((f) => `${f.catalog}/${f.code} ×${f.count} @${f.lines.join(",")} (${f.via.join("+")})`);

const nested = (code: string, message = "m") => JSON.stringify({ error: { code, message } });

describe("bodies in log lines", () => {
  it("reads a body after a log prefix, with its line and how it was found", () => {
    const r = run(`boot\n2025-01-15T10:30:00Z ERROR req=1 body=${nested("APP_002", "Application not found")}\n`);
    expect(r.lines).toBe(2);
    expect(found(r)).toEqual(["auth-service/APP_002 ×1 @2 (body)"]);
    expect(r.findings[0]).toMatchObject({ status: 404, url: "/catalogs/auth-service/app-002", retry: "no", firstLine: 2, lastLine: 2 });
  });

  it("counts several bodies on one line, each once", () => {
    const r = run(`batch ${nested("APP_002")} then ${nested("APP_002")} and ${nested("AUTH_001")}`);
    expect(found(r)).toEqual(["auth-service/APP_002 ×2 @1 (body)", "auth-service/AUTH_001 ×1 @1 (body)"]);
  });

  it("reads escaped JSON inside a JSON log line, and quoted in text", () => {
    const inner = nested("PERM_001");
    const r = run(
      [
        JSON.stringify({ level: "error", msg: "upstream", body: inner }),
        `retry body=${JSON.stringify(inner)} attempts=3`,
        // Escaped twice: a JSON string holding a JSON string holding the body.
        JSON.stringify({ wrapped: JSON.stringify({ body: inner }) }),
      ].join("\n"),
    );
    expect(found(r)).toEqual(["auth-service/PERM_001 ×3 @1,2,3 (body)"]);
  });

  it("reads a multi-line pretty-printed body at the line where it starts", () => {
    const pretty = JSON.stringify({ error: { code: "SUB_002", message: "x", details: { a: [1, 2] } } }, null, 2);
    const r = run(`one\n2025-01-15 ERROR response: ${pretty}\nafter APP_002\n`);
    expect(found(r)).toEqual([
      "auth-service/APP_002 ×1 @" + (3 + pretty.split("\n").length - 1) + " (code)",
      "auth-service/SUB_002 ×1 @2 (body)",
    ]);
  });

  it("reads a body that starts on a line of its own, and one that closes mid-line", () => {
    const r = run(`head\n{\n  "code": "user:not_found",\n  "message": "User not found"\n} trailing AUTH_002\n`);
    expect(found(r)).toEqual(["accounts/user:not_found ×1 @2 (body)", "auth-service/AUTH_002 ×1 @5 (code)"]);
  });

  it("reads lines one by one when a brace opens no JSON", () => {
    const r = run(`function handler(req) {\n  log("APP_002");\n}\n2025 ERROR AUTH_001\n`);
    expect(found(r)).toEqual(["auth-service/APP_002 ×1 @2 (code)", "auth-service/AUTH_001 ×1 @4 (code)"]);
  });

  it("reads HAR files: response bodies, base64 ones too, at the line holding them", () => {
    const har = {
      log: {
        version: "1.2",
        entries: [
          {
            request: { url: "https://a/x" },
            response: { status: 404, content: { mimeType: "application/json", text: nested("APP_002") } },
          },
          {
            request: { url: "https://a/y" },
            response: { status: 401, content: { mimeType: "application/json", encoding: "base64", text: btoa(nested("AUTH_002")) } },
          },
        ],
      },
    };
    const pretty = JSON.stringify(har, null, 2);
    const r = run(pretty);
    const lineOf = (needle: string) => pretty.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(found(r)).toEqual([
      `auth-service/APP_002 ×1 @${lineOf("APP_002")} (body)`,
      `auth-service/AUTH_002 ×1 @${lineOf('"encoding"') + 1} (body)`,
    ]);
    // Minified on one line, too.
    expect(found(run(JSON.stringify(har)))).toEqual(["auth-service/APP_002 ×1 @1 (body)", "auth-service/AUTH_002 ×1 @1 (body)"]);
  });
});

describe("codes in text", () => {
  it("matches codes as whole tokens only", () => {
    const r = run(["failed with APP_002.", "XAPP_002 APP_0021 app_002 /v1/APP_002x", "code:AUT-0002 user:not_found"].join("\n"));
    expect(found(r)).toEqual([
      "accounts/user:not_found ×1 @3 (code)",
      "auth-service/APP_002 ×1 @1 (code)",
      "identity-platform/AUT-0002 ×1 @3 (code)",
    ]);
  });

  it("does not take ordinary words and numbers for codes without a key naming a code", () => {
    const noise = [
      "lookup not_found; retrying after timeout (rate_limit window 5s)",
      "policy FORBIDDEN by rule; NOT_FOUND fallback; BAD_REQUEST TOO_MANY_REQUESTS",
      "order_id=23505-ab12 pid=1002 port 50126 took 700016ns at 2025-01-15T10:30:00.23505Z",
      "id 123e4567-e89b-12d3-a456-426614174000 hex 0xE0000047 AADSTS50126x 23505@example.com",
      "status=1002 count=23505",
    ];
    expect(run(noise.join("\n")).findings).toEqual([]);
    expect(found(run("db failed sqlstate=23505\nerror_code=rate_limit\nerrorCode: NOT_FOUND\n"))).toEqual([
      "authos/NOT_FOUND ×1 @3 (code)",
      "payments/rate_limit ×1 @2 (code)",
      "telephony/23505 ×1 @1 (code)",
    ]);
    // A number counts as the value of such a key in JSON; error_codes is where the sign-in envelope puts its code.
    expect(found(run(`{"level":"warn","errorCode":1002}\n{"level":"warn","error_codes":[50126]}`))).toEqual([
      "sign-in/50126 ×1 @2 (body)",
      "telephony/1002 ×1 @1 (code)",
    ]);
  });

  it("classes codes: words and numbers are weak, mixed and namespaced codes strong", () => {
    for (const c of ["timeout", "not_found", "FORBIDDEN", "TOKEN_EXPIRED", "23505", "1002", "E1"]) expect(isWeakCode(c), c).toBe(true);
    for (const c of ["APP_002", "AUT-0002", "E0000047", "AADSTS50126", "user:not_found"]) expect(isWeakCode(c), c).toBe(false);
  });

  it("keeps the engine's code pattern equal to the catalog schema's", () => {
    expect(CODE_LIKE.source).toBe(CODE_PATTERN.source);
  });
});

describe("filled-in messages", () => {
  it("matches a message with its placeholders filled to its code", () => {
    const r = run(
      "payment failed: Missing required param: amount.\nTenant 'contoso' not found. Check that the tenant ID contoso is right.",
    );
    expect(found(r)).toEqual(["payments/parameter_missing ×1 @1 (message)", "sign-in/90002 ×1 @2 (message)"]);
  });

  it("counts a line naming a code both ways once, and prefers the longer of two overlapping messages", () => {
    expect(found(run("APP_002 Application not found in the registry"))).toEqual(["auth-service/APP_002 ×1 @1 (code+message)"]);
    const long = "The metadata object cannot contain nested values. Please ensure that the value tags is not nested and try again.";
    expect(found(run(long))).toEqual(["identity-platform/AUT-0012 ×1 @1 (message)"]);
    expect(found(run("The metadata object cannot contain nested values."))).toEqual(["identity-platform/IDE-0016 ×1 @1 (message)"]);
  });

  it("ignores short plain phrases", () => {
    expect(run("Token expired\nInvalid credentials\nMFA required").findings).toEqual([]);
  });
});

describe("attribution", () => {
  it("lists a code in a known envelope that no catalog has as undocumented, with the envelope's catalogs", () => {
    const r = run(
      `x\nupstream ${JSON.stringify({ code: "ZX_1234", message: "odd" })}\n${JSON.stringify({ error: "e", error_code: "QV_9", timestamp: "t" })}`,
    );
    expect(r.findings).toEqual([]);
    expect(r.undocumented.map((u) => [u.catalogs, u.code, u.count, u.firstLine, u.envelope])).toEqual([
      [["authos"], "QV_9", 1, 3, "Flat error / error_code"],
      [["accounts"], "ZX_1234", 1, 2, "domain:reason"],
    ]);
    // Not an envelope's exact shape, or not code-like: not a finding at all.
    expect(run(`{"code":"ZX_1","message":"m","extra":1}\n{"code":"two words","message":"m"}\n{"code":200,"data":{}}`)).toMatchObject({
      findings: [],
      undocumented: [],
    });
  });

  it("resolves a code several catalogs have by the envelope it came in", () => {
    // FORBIDDEN is in accounts (domain-reason) and authos (flat error / error_code).
    const r = run(
      [
        JSON.stringify({ code: "FORBIDDEN", message: "no" }),
        JSON.stringify({ error: "no", error_code: "FORBIDDEN", timestamp: "2025-01-15T10:30:00Z" }),
        JSON.stringify({ error: "no", error_code: "FORBIDDEN", timestamp: "2025-01-15T10:30:01Z" }),
      ].join("\n"),
    );
    expect(found(r)).toEqual(["accounts/FORBIDDEN ×1 @1 (body)", "authos/FORBIDDEN ×2 @2,3 (body)"]);
  });

  it("attributes an ambiguous code in text by a body on the same line, else by the rest of the log, else not at all", () => {
    expect(run("error_code=FORBIDDEN").findings).toEqual([]);
    const authos = JSON.stringify({ error: "x", error_code: "TOKEN_EXPIRED", timestamp: "t" });
    expect(found(run(`error_code=FORBIDDEN ${authos}`))).toEqual(["authos/FORBIDDEN ×1 @1 (code)", "authos/TOKEN_EXPIRED ×1 @1 (body)"]);
    expect(found(run(`error_code=FORBIDDEN\n${authos}`))).toEqual(["authos/FORBIDDEN ×1 @1 (code)", "authos/TOKEN_EXPIRED ×1 @2 (body)"]);
    // Both catalogs seen: left out.
    expect(found(run(`error_code=FORBIDDEN\n${authos}\nuser:not_found`))).toEqual([
      "accounts/user:not_found ×1 @3 (code)",
      "authos/TOKEN_EXPIRED ×1 @2 (body)",
    ]);
  });
});

describe("results", () => {
  it("groups by catalog in index order, then by count and code; lists at most 50 lines", () => {
    const lines = Array.from({ length: 60 }, (_, i) => (i % 2 ? "AUTH_001" : "APP_002 and user:not_found"));
    const r = run(lines.join("\r\n"));
    expect(r.lines).toBe(60);
    expect(r.findings.map((f) => [f.catalog, f.code, f.count])).toEqual([
      ["accounts", "user:not_found", 30],
      ["auth-service", "APP_002", 30],
      ["auth-service", "AUTH_001", 30],
    ]);
    const many = run(Array.from({ length: 80 }, () => "AUTH_001").join("\n")).findings[0]!;
    expect([many.count, many.firstLine, many.lastLine, many.lines.length, many.lines.at(-1)]).toEqual([80, 1, 80, 50, 50]);
  });

  it("counts lines as a file has them", () => {
    expect(run("").lines).toBe(0);
    expect(run("a").lines).toBe(1);
    expect(run("a\n").lines).toBe(1);
    expect(run("a\n\nb").lines).toBe(3);
  });

  it("gives the same result however the text is cut into chunks", () => {
    const text = [
      "\uFEFFstart é ü",
      `2025 ERROR body=${nested("APP_002")} ${JSON.stringify({ code: "ZX_1", message: "m" })}`,
      "response: {",
      '  "error": {"code": "PERM_003", "message": "x"}',
      "}",
      JSON.stringify({ msg: "m", body: nested("AUTH_001") }),
      "Missing required param: amount.",
      "error_code=FORBIDDEN sqlstate=23505\r",
      JSON.stringify({ error: "x", error_code: "TOKEN_EXPIRED", timestamp: "t" }),
      "AUT-0002 and organization’s tier",
    ].join("\n");
    const whole = run(text);
    expect(whole.findings.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const t = createTriage(index);
        let from = 0;
        for (const p of [...points, text.length]) {
          t.push(text.slice(from, p));
          from = p;
        }
        expect(t.end()).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });
});

describe("triageIndex", () => {
  it("merges shards, a catalog split over several into one", () => {
    const catalog = { slug: "s", name: "S", format: "nested-error" };
    const idx = triageIndex([
      { catalogs: [catalog], starts: [0], records: [["S_001", 400, "One", "d"]] },
      { catalogs: [catalog], starts: [0], records: [["S_002", 500, "Two", "d", "Title"]] },
    ]);
    expect(idx.catalogs.map((c) => c.slug)).toEqual(["s"]);
    const r = triageText(idx, "S_001 S_002");
    expect(r.findings.map((f) => [f.catalog, f.code, f.status, f.title, f.retry])).toEqual([
      ["s", "S_001", 400, undefined, "after-fix"],
      ["s", "S_002", 500, "Title", "with-backoff"],
    ]);
  });

  it("names the parameter that is wrong", () => {
    expect(() => triageIndex({ catalogs: [], starts: [1], records: [] })).toThrow(/data\.starts/);
    expect(() => triageIndex([{ catalogs: "x" } as never])).toThrow(/data\[0\]\.catalogs/);
    expect(() => triageText(index, 42 as never)).toThrow(/text must be a string/);
  });
});
