import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Catalog, ErrorEntry } from "../catalog/schema";
import { loadCatalogDir } from "../catalog/load";
import { findInsights } from "./index";
import { acknowledgementIssues } from "./acknowledge";
import { codeShape } from "./naming";

function catalog(slug: string, errors: Partial<ErrorEntry>[], extra: Partial<Catalog> = {}): Catalog {
  return {
    slug,
    service: { name: slug, documented: true },
    description: "d",
    envelope: { format: "nested-error", example: "{}", documented: true },
    domains: [{ name: "D" }],
    errors: errors.map((e, i) => ({ code: `C_${i}`, status: 400, domain: "D", message: `m${i}`, ...e })),
    ...extra,
  };
}
const ids = (cs: Catalog[]) => findInsights(cs).map((f) => f.id);
const covered = [
  { code: "RL", status: 429, message: "Rate limit" },
  { code: "UN", status: 503, message: "Down" },
] as const;

describe("insights", () => {
  it("flags an internal error documented as 4xx, and not as 5xx", () => {
    expect(ids([catalog("a", [...covered, { code: "system:internal_error", status: 400, message: "Internal error" }])])).toContain(
      "status-meaning:a:system:internal_error",
    );
    expect(ids([catalog("a", [...covered, { code: "system:internal_error", status: 500, message: "Internal error" }])])).not.toContain(
      "status-meaning:a:system:internal_error",
    );
  });

  it("flags one meaning answered with different statuses by different catalogs", () => {
    const a = catalog("a", [...covered, { code: "TOKEN_EXPIRED", status: 401, message: "Token expired" }]);
    const b = catalog("b", [...covered, { code: "AUTH_2", status: 403, message: "Token expired" }]);
    const found = findInsights([a, b]).find((f) => f.id === "status-differs:access-token-expired");
    expect(found?.codes.map((c) => `${c.catalog}/${c.code}`)).toEqual(["a/TOKEN_EXPIRED", "b/AUTH_2"]);
    const same = catalog("b", [...covered, { code: "AUTH_2", status: 401, message: "Token expired" }]);
    expect(ids([a, same])).not.toContain("status-differs:access-token-expired");
  });

  it("treats a documented class as agreeing with the exact statuses in it", () => {
    const a = catalog("a", [...covered, { code: "x", status: 500, message: "Internal server error" }]);
    const b = catalog("b", [...covered, { code: "y", status: "5xx", message: "Unexpected server error" }]);
    expect(ids([a, b])).not.toContain("status-differs:internal-error");
  });

  it("flags identical messages under different codes of one catalog", () => {
    const a = catalog("a", [...covered, { code: "A", message: "Invalid token." }, { code: "B", message: "invalid token" }]);
    expect(ids([a])).toContain("duplicate-message:a:A,B");
  });

  it("flags codes that break the catalog's naming convention", () => {
    const a = catalog("a", [
      { code: "user:rate_limited", status: 429, message: "x" },
      { code: "user:down", status: 503, message: "y" },
      { code: "user:bad", message: "z" },
      { code: "FORBIDDEN", status: 403, message: "w" },
    ]);
    const f = findInsights([a]).find((x) => x.id === "naming:a");
    expect(f?.codes.map((c) => c.code)).toEqual(["FORBIDDEN"]);
    expect(codeShape("AUTH_001")).toBe("PREFIX_NNN");
    expect(codeShape("AUT-1002")).toBe("PREFIX-NNNN");
  });

  it("flags a catalog with no 429 or 503 code", () => {
    expect(ids([catalog("a", [{ code: "A" }])])).toEqual(expect.arrayContaining(["gap:a:429", "gap:a:503"]));
    expect(ids([catalog("a", [...covered])]).filter((id) => id.startsWith("gap:"))).toEqual([]);
  });

  it("marks acknowledged findings without hiding them, and reports unknown ids with their line", () => {
    const a = catalog("a", [{ code: "A" }], {
      acknowledged: [
        { finding: "gap:a:429", reason: "No rate limit." },
        { finding: "gap:zz:1", reason: "x" },
      ],
    });
    const findings = findInsights([a]);
    expect(findings.find((f) => f.id === "gap:a:429")?.acknowledged).toEqual({ catalog: "a", reason: "No rate limit." });
    expect(findings.find((f) => f.id === "gap:a:503")?.acknowledged).toBeUndefined();
    const text = 'slug: a\nacknowledged:\n  - finding: "gap:a:429"\n    reason: ok\n  - finding: "gap:zz:1"\n    reason: x\n';
    expect(acknowledgementIssues([a], findings, new Map([["a", { file: "a.yaml", text }]]))).toEqual([
      {
        file: "a.yaml",
        line: 5,
        field: "acknowledged[1].finding",
        message: 'no such finding "gap:zz:1"; npm run lint:catalogs lists the current ids',
      },
    ]);
  });

  it("refuses to let a catalog acknowledge a finding about another catalog", () => {
    const a = catalog("a", [{ code: "A" }]);
    const b = catalog("b", [...covered], { acknowledged: [{ finding: "gap:a:429", reason: "Not ours." }] });
    const findings = findInsights([a, b]);
    expect(findings.find((f) => f.id === "gap:a:429")?.acknowledged).toBeUndefined();
    const text = 'acknowledged:\n  - finding: "gap:a:429"\n    reason: x\n';
    expect(acknowledgementIssues([a, b], findings, new Map([["b", { file: "b.yaml", text }]]))[0]).toEqual({
      file: "b.yaml",
      line: 2,
      field: "acknowledged[0].finding",
      message: 'finding "gap:a:429" does not involve this catalog',
    });
  });

  it("finds the known inconsistencies of the real catalogs", () => {
    const findings = findInsights(loadCatalogDir(path.join(process.cwd(), "content", "catalogs")));
    const byId = new Map(findings.map((f) => [f.id, f]));
    expect(byId.get("status-meaning:accounts:system:internal_error")?.codes[0]?.url).toBe("/catalogs/accounts/system-internal-error");
    expect(byId.get("naming:accounts")?.codes.map((c) => c.code)).toEqual(["FORBIDDEN", "FILE_TOO_LARGE"]);
    expect(byId.get("naming:accounts")?.acknowledged?.catalog).toBe("accounts");
    expect(byId.has("duplicate-message:identity-platform:AUT-0007,AUT-1003")).toBe(true);
    expect(byId.has("gap:identity-platform:429")).toBe(true);
    expect(byId.has("gap:auth-service:429")).toBe(false);
    for (const f of findings) expect(f.severity).toBe("warning");
  });
});
