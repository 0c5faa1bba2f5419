import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeBreakParts, SHORTEST_CODE_TO_BREAK } from "./code-breaks";

describe("codeBreakParts", () => {
  it("cuts a long code after each separator", () => {
    expect(codeBreakParts("auth:invalid_credentials")).toEqual(["auth:", "invalid_", "credentials"]);
    expect(codeBreakParts("auth_login_db_error")).toEqual(["auth_", "login_", "db_", "error"]);
    expect(codeBreakParts("token:invalid-reset.v2/x")).toEqual(["token:", "invalid-", "reset.", "v2/", "x"]);
  });

  it("keeps short codes and codes without separators whole", () => {
    expect(codeBreakParts("AUT-1002")).toEqual(["AUT-1002"]);
    expect(codeBreakParts("TOKEN_EXPIRED")).toEqual(["TOKEN_EXPIRED"]);
    expect(codeBreakParts("user:not_found")).toEqual(["user:not_found"]);
    expect(codeBreakParts("AVERYLONGCODEWITHOUTSEPARATORS")).toEqual(["AVERYLONGCODEWITHOUTSEPARATORS"]);
  });

  it("makes no empty part, even with separators side by side or at the end", () => {
    expect(codeBreakParts("auth__login::error:")).toEqual(["auth_", "_", "login:", ":", "error:"]);
  });

  it("keeps every character: the parts join back to the code, and each cut follows a separator", () => {
    const unit = fc.constantFrom("a", "Z", "0", "_", ":", "-", ".", "/", "<", "\n", "é", "😀");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (code) => {
        const parts = codeBreakParts(code);
        expect(parts.join("")).toBe(code);
        if (code) expect(parts.every((p) => p.length > 0)).toBe(true);
        for (const p of parts.slice(0, -1)) expect(p).toMatch(/[_:\-./]$/);
        if ([...code].length < SHORTEST_CODE_TO_BREAK) expect(parts).toEqual([code]);
      }),
    );
  });
});
