import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { buildShortLinkIndex, editDistance, resolveShortCode } from "./index";
import { shortLinkRedirects } from "./redirects";

const site = buildShortLinkIndex(loadCatalogDir(path.join(process.cwd(), "content", "catalogs")));
const fixtures = buildShortLinkIndex(loadCatalogDir(path.join(process.cwd(), "e2e-fixtures", "catalogs")));

describe("resolveShortCode on the real catalogs", () => {
  it.each([
    ["auth-001", "/catalogs/auth-service/auth-001"],
    ["Auth_001", "/catalogs/auth-service/auth-001"],
    ["AUTH%20001", "/catalogs/auth-service/auth-001"],
    ["USER:NOT_FOUND", "/catalogs/accounts/user-not-found"],
    ["user%3Anot_found", "/catalogs/accounts/user-not-found"],
    ["aut1002", "/catalogs/identity-platform/aut-1002"],
    ["auth.login.db.error", "/catalogs/auth-observability/auth-login-db-error"],
  ])("%s redirects to %s", (spelling, url) => {
    expect(resolveShortCode(site, spelling)).toMatchObject({ kind: "redirect", url });
  });

  it("lists every catalog for a shared code", () => {
    const r = resolveShortCode(site, "forbidden");
    expect(r.kind).toBe("choices");
    if (r.kind !== "choices") return;
    expect(r.targets.map((t) => t.catalog).sort()).toEqual(["accounts", "authos"]);
    expect(r.targets.every((t) => t.kind === "live" && t.status === 403)).toBe(true);
  });

  it("suggests the nearest codes for an unknown one", () => {
    const r = resolveShortCode(site, "AUTH_0001");
    expect(r.kind).toBe("missing");
    if (r.kind !== "missing") return;
    expect(r.suggestions[0]?.code).toBe("AUTH_001");
    expect(resolveShortCode(site, "zzzzzzzzzzzzzzzz")).toEqual({ kind: "missing", suggestions: [] });
  });

  it("suggests the codes a number or a part belongs to", () => {
    const r = resolveShortCode(site, "1002");
    expect(r.kind === "missing" && r.suggestions.map((t) => t.code).sort()).toEqual(["AUT-1002", "IDE-1002"]);
  });

  it("does not crash on malformed percent-encoding", () => {
    expect(resolveShortCode(site, "%E0%A4%A").kind).toBe("missing");
  });
});

describe("resolveShortCode with history (fixture catalogs)", () => {
  it("sends every spelling of a renamed code to the new code page", () => {
    for (const old of ["ALPHA_OLD_001", "alpha-old-001", "Alpha.Legacy"]) {
      expect(resolveShortCode(fixtures, old)).toMatchObject({ kind: "redirect", url: "/catalogs/alpha/alpha-001" });
    }
  });

  it("sends a removed code to its tombstone at the old URL", () => {
    expect(resolveShortCode(fixtures, "alpha_009")).toMatchObject({
      kind: "redirect",
      url: "/catalogs/alpha/alpha-009",
      target: { kind: "removed", message: "Merged into ALPHA_001." },
    });
  });

  it("treats FORBIDDEN and forbidden in two catalogs as one shared code", () => {
    expect(resolveShortCode(fixtures, "FORBIDDEN")).toMatchObject({
      kind: "choices",
      targets: [{ catalog: "alpha" }, { catalog: "beta" }],
    });
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("auth0001", "auth001")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("short-link redirects answered by the proxy", () => {
  it("hold exactly the keys resolveShortCode redirects, to the same page", () => {
    for (const dir of ["content/catalogs", "e2e-hostile/catalogs", "e2e-fixtures/catalogs"]) {
      const index = buildShortLinkIndex(loadCatalogDir(path.join(process.cwd(), dir)));
      const map = shortLinkRedirects(index);
      for (const key of index.byKey.keys()) {
        const resolution = resolveShortCode(index, key);
        expect(map[key], `${dir} ${key}`).toBe(resolution.kind === "redirect" ? resolution.url : undefined);
      }
    }
  });
});
