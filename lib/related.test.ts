import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "./catalog/load";
import { meaningWords, relatedPairs } from "./related";
import { refKey } from "./catalog/cross-refs";

const site = relatedPairs(loadCatalogDir(path.join(process.cwd(), "content", "catalogs")));
const names = (key: string) => (site.get(key) ?? []).map((r) => `${r.catalog}/${r.code}`);

describe("relatedPairs on the real catalogs", () => {
  it("finds token expired in every catalog that has it", () => {
    expect(names("auth-service/auth002")).toEqual(["accounts/user:token_expired", "authos/TOKEN_EXPIRED"]);
    expect(names("authos/tokenexpired")).toEqual(["accounts/user:token_expired", "auth-service/AUTH_002"]);
  });

  it("pairs the same code in two catalogs", () => {
    expect(names("accounts/forbidden")).toContain("authos/FORBIDDEN");
  });

  it("is symmetric", () => {
    for (const [key, refs] of site) {
      const [catalog] = key.split("/");
      for (const r of refs) {
        const back = site.get(refKey(r.catalog, r.code)) ?? [];
        expect(back.some((b) => b.catalog === catalog && refKey(b.catalog, b.code) === key)).toBe(true);
      }
    }
  });

  it("applies related.add and related.remove from the catalog files", () => {
    expect(names("accounts/ratelimitexceeded")).toEqual(["authos/TOO_MANY_REQUESTS"]);
    expect(names("identity-platform/aut0008")).not.toContain("accounts/FORBIDDEN");
  });

  it("never pairs codes of one catalog", () => {
    for (const [key, refs] of site) for (const r of refs) expect(key.startsWith(`${r.catalog}/`)).toBe(false);
  });
});

describe("relatedPairs on fixtures", () => {
  const fixtures = relatedPairs(loadCatalogDir(path.join(process.cwd(), "e2e-fixtures", "catalogs")));
  it("adds and removes pairs named in the files, both ways", () => {
    expect(fixtures.get("alpha/alpha002")?.map((r) => r.code)).toContain("BETA_LIMIT");
    expect(fixtures.get("beta/betalimit")?.map((r) => r.code)).toContain("ALPHA_002");
    expect(fixtures.get("alpha/forbidden")?.map((r) => r.code) ?? []).not.toContain("forbidden");
    expect(fixtures.get("alpha/alpha001")?.map((r) => r.code)).toEqual(["BETA_EXPIRED"]);
  });
});

describe("meaningWords", () => {
  it("ignores numbered codes and filler, and folds spellings", () => {
    expect([...meaningWords({ code: "AUTH_002", message: "Token expired" })].sort()).toEqual(["expire", "token"]);
    expect([...meaningWords({ code: "user:token_expired", message: "Token expired" })].sort()).toEqual(["expire", "token", "user"]);
  });
});
