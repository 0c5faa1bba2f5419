import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The fixture catalogs have a renamed code (ALPHA_001, once ALPHA_OLD_001 and alpha.legacy) and a removed one (ALPHA_009).
let repo: typeof import("./repository");
beforeAll(async () => {
  process.env.ERRATA_CATALOG_DIR = path.join(process.cwd(), "e2e-fixtures", "catalogs");
  repo = await import("./repository");
});

describe("old code pages", () => {
  it("keeps every renamed and removed code's old URL among the prerendered params", () => {
    expect(repo.historyParams()).toEqual(
      expect.arrayContaining([
        { catalog: "alpha", code: "alpha-old-001" },
        { catalog: "alpha", code: "alpha-legacy" },
        { catalog: "alpha", code: "alpha-009" },
      ]),
    );
  });

  it("sends a renamed code's old page to the new page, and gives a removed code a tombstone", () => {
    expect(repo.historyAt("alpha", "alpha-old-001")).toMatchObject({ kind: "renamed", url: "/catalogs/alpha/alpha-001" });
    expect(repo.historyAt("alpha", "alpha-009")).toMatchObject({ kind: "removed", removedIn: "v2.0", see: "ALPHA_001" });
    expect(repo.historyAt("beta", "alpha-009")).toBeUndefined();
    expect(repo.historyAt("alpha", "alpha-001")).toBeUndefined();
  });

  it("resolves a tombstone's see to a page", () => {
    expect(repo.seeUrl("alpha", "ALPHA_001")).toBe("/catalogs/alpha/alpha-001");
    expect(repo.seeUrl("alpha", "beta/BETA_LIMIT")).toBe("/catalogs/beta/beta-limit");
    expect(repo.seeUrl("alpha", "/catalogs/beta")).toBe("/catalogs/beta");
    // Off-site spellings that start with "/" are never a link (issue 18, row 9).
    for (const offSite of ["//evil.example", "/\\evil.example", "/\u0000x"]) expect(repo.seeUrl("alpha", offSite), offSite).toBeUndefined();
  });
});
