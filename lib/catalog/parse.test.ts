import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues";
import { parseCatalog } from "./parse";

const VALID = `slug: demo
service:
  name: Demo API
  documented: true
description: A demo service.
envelope:
  format: nested-error
  example: '{"error": {"code": "DEMO_001", "message": "Nope"}}'
  documented: true
domains:
  - name: Auth
errors:
  - code: DEMO_001
    status: 401
    domain: Auth
    message: Missing token
  - code: DEMO_002
    status: 400
    domain: Auth
    message: The key %v is longer than %v characters.
    placeholders:
      - name: key
        example: tenant_color
      - name: max_length
        example: "64"
`;

/** The issues for a catalog text, formatted as validate prints them. */
function problems(source: string): string[] {
  return parseCatalog(source, "demo.yaml").issues.map(formatIssue);
}

describe("parseCatalog", () => {
  it("accepts a valid catalog", () => {
    const result = parseCatalog(VALID, "demo.yaml");
    expect(result.issues).toEqual([]);
    expect(result.catalog?.errors).toHaveLength(2);
  });

  it("accepts a status class such as 5xx", () => {
    expect(problems(VALID.replace("status: 401", 'status: "5xx"'))).toEqual([]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problems(VALID.replace("  - name: Auth", "  - name: [Auth"))).toEqual([
      expect.stringMatching(/^demo\.yaml:1[2-9]: YAML syntax error: /),
    ]);
  });

  it("reports a missing required field at its object", () => {
    expect(problems(VALID.replace("    message: Missing token\n", ""))).toEqual(["demo.yaml:13: errors[0].message: is required"]);
  });

  it("reports unknown fields at the key", () => {
    expect(problems(VALID.replace("    message: Missing token", "    message: Missing token\n    mesage: typo"))).toEqual([
      'demo.yaml:17: errors[0].mesage: unknown field "mesage"',
    ]);
  });

  it("reports an out-of-range status", () => {
    expect(problems(VALID.replace("status: 401", "status: 700"))).toEqual([
      'demo.yaml:14: errors[0].status: must be an HTTP status 100–599 or a class like "5xx", not number 700',
    ]);
  });

  it("reports a wrong type", () => {
    expect(problems(VALID.replace("    message: Missing token", "    message: [1, 2]"))).toEqual([
      "demo.yaml:16: errors[0].message: must be a string, not a list",
    ]);
  });

  it("reports codes that differ only in case or separators", () => {
    expect(problems(VALID.replace("code: DEMO_002", "code: demo-001"))).toEqual([
      'demo.yaml:17: errors[1].code: duplicate code "demo-001": same as errors[0] "DEMO_001" (codes may not differ only in case or separators)',
    ]);
  });

  it("reports an exact duplicate code", () => {
    expect(problems(VALID.replace("code: DEMO_002", "code: DEMO_001"))).toEqual([
      'demo.yaml:17: errors[1].code: duplicate code "DEMO_001": same as errors[0] "DEMO_001"',
    ]);
  });

  it("reports placeholders used but not declared", () => {
    expect(problems(VALID.replace("message: Missing token", "message: Missing %v"))).toEqual([
      "demo.yaml:16: errors[0].message: message has 1 placeholder (%s/%d/%v…, {0}, {name}) but 0 are declared under placeholders",
    ]);
  });

  it("reports placeholders declared but not used", () => {
    expect(problems(VALID.replace("longer than %v characters", "too long"))).toEqual([
      "demo.yaml:22: errors[1].placeholders: message has 1 placeholder (%s/%d/%v…, {0}, {name}) but 2 are declared under placeholders",
    ]);
  });

  it("reports an entry whose domain is not declared", () => {
    expect(problems(VALID.replace("    domain: Auth\n    message: Missing", "    domain: Billing\n    message: Missing"))).toEqual([
      'demo.yaml:15: errors[0].domain: unknown domain "Billing"; declare it under domains',
    ]);
  });

  it("reports duplicate keys", () => {
    expect(problems(VALID.replace("    status: 401", "    status: 401\n    status: 403"))).toEqual([
      'demo.yaml:15: errors[0].status: duplicate key "status" (first at line 14)',
    ]);
  });

  it("reports YAML 1.1 booleans", () => {
    expect(problems(VALID.replace("message: Missing token", "message: no"))).toEqual([
      'demo.yaml:16: errors[0].message: "no" is a boolean in YAML 1.1 and a string in YAML 1.2; quote it ("no") or write true/false',
    ]);
  });

  it("reports __proto__ keys", () => {
    expect(problems(VALID.replace("    message: Missing token", "    message: Missing token\n    __proto__: x"))).toEqual([
      'demo.yaml:17: errors[0].__proto__: forbidden key "__proto__"',
    ]);
  });

  it("reports an envelope example that is not JSON", () => {
    expect(problems(VALID.replace(`example: '{"error"`, `example: '{error"`))).toEqual([
      "demo.yaml:8: envelope.example: must be valid JSON",
    ]);
  });

  it("reports a bad slug", () => {
    expect(problems(VALID.replace("slug: demo", "slug: Demo_API"))).toEqual([
      'demo.yaml:1: slug: must be kebab-case, e.g. auth-service, not string "Demo_API"',
    ]);
  });

  it("refuses alias bombs", () => {
    const bomb = `${VALID}a1: &a [1,1,1,1,1,1,1,1,1,1]\na2: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\na3: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\na4: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    expect(problems(bomb)).toEqual([
      'demo.yaml:27: a2: aliases expand to more than 50 copies; refusing a possible alias bomb ("billion laughs")',
    ]);
  });

  it("refuses files over the size limit", () => {
    expect(problems(`${VALID}# ${"x".repeat(9 * 1024 * 1024)}\n`)).toEqual([
      expect.stringMatching(/^demo\.yaml:1: file is \d+ bytes; the limit is 8388608$/),
    ]);
  });
});
