import { describe, expect, it } from "vitest";
import { getCatalogs } from "../catalog/repository";
import { buildShortLinkIndex, resolveShortCode } from "./index";
import { isMissingShortLink } from "./missing";

const index = buildShortLinkIndex(getCatalogs());
const keys = new Set(index.byKey.keys());

describe("isMissingShortLink", () => {
  it("agrees with the page's own resolution for every spelling tried", () => {
    for (const code of ["AUTH_001", "auth-001", "user:not_found", "user%3Anot_found", "FORBIDDEN", "NOPE_123", "APP_02", "%E0%A4%A", "é"]) {
      expect(isMissingShortLink(keys, `/e/${code}`), code).toBe(resolveShortCode(index, code).kind === "missing");
    }
  });

  it("finds live codes in any spelling and refuses unknown ones", () => {
    expect(isMissingShortLink(keys, "/e/auth%20001")).toBe(false);
    expect(isMissingShortLink(keys, "/e/NOPE_123")).toBe(true);
  });

  it("ignores paths that are not one short link", () => {
    expect(isMissingShortLink(keys, "/e/NOPE/more")).toBe(false);
    expect(isMissingShortLink(keys, "/e/")).toBe(false);
    expect(isMissingShortLink(keys, "/catalogs/NOPE")).toBe(false);
  });
});
