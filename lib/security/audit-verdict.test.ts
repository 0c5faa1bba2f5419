import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-verdict";

const report = (counts: Record<string, number>, vulnerabilities = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe("auditVerdict", () => {
  it("is clean with only low and moderate advisories", () => {
    expect(auditVerdict(report({ low: 2, moderate: 1 })).kind).toBe("clean");
  });
  it("lists high and critical advisories", () => {
    const v = auditVerdict(
      report({ high: 1, low: 1 }, { "bad-pkg": { severity: "high", range: "<1.2.3", fixAvailable: true }, meh: { severity: "low" } }),
    );
    expect(v).toMatchObject({ kind: "vulnerable", findings: ["bad-pkg: high (<1.2.3), fix available"] });
  });
  it("says when the registry refuses the audit endpoint", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toEqual({
      kind: "unavailable",
      reason: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (HTTP 405)",
    });
    expect(auditVerdict("").kind).toBe("unavailable");
  });
});
