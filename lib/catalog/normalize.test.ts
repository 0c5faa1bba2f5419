import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codeSlug, normalizeCode } from "./normalize";

describe("normalizeCode", () => {
  it.each([
    ["AUTH_001", "auth001"],
    ["auth-001", "auth001"],
    ["auth 001", "auth001"],
    ["Auth_001", "auth001"],
    ["USER:NOT_FOUND", "usernotfound"],
    ["aut1002", "aut1002"],
    ["AUT-1002", "aut1002"],
  ])("%s → %s", (input, expected) => expect(normalizeCode(input)).toBe(expected));

  it("ignores case and separators for any code", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/), fc.constantFrom("_", "-", ":", " ", "."), (code, sep) => {
        const spaced = code.split("").join(sep);
        expect(normalizeCode(spaced)).toBe(normalizeCode(code.toUpperCase()));
      }),
    );
  });
});

describe("codeSlug", () => {
  it.each([
    ["AUTH_001", "auth-001"],
    ["user:not_found", "user-not-found"],
    ["AUT-1002", "aut-1002"],
    ["auth_login_db_error", "auth-login-db-error"],
  ])("%s → %s", (input, expected) => expect(codeSlug(input)).toBe(expected));
});
