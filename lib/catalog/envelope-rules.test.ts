import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues";
import { loadCatalogDir } from "./load";
import { entriesOf } from "./model";
import { parseCatalog } from "./parse";
import { mockResponse } from "../mock/respond";
import { mockTarget } from "../mock/target";
import { buildExport } from "../search/build";
import { SearchEngine } from "../search/engine";
import { allFacetKeys, facetCounts, facetOptions, facetValue, filterIndexes, NO_VALUE } from "../table/facets";
import { toTableRow } from "../table/rows";

/** A catalog whose envelope block is given as YAML lines (indented two spaces under envelope:). */
const catalog = (
  envelope: string,
  errors = "  - code: card_declined\n    status: 402\n    domain: D\n    message: Declined.\n    vars: {param: card}\n",
) =>
  `slug: demo\nservice: {name: Demo, documented: true}\ndescription: d\nenvelope:\n${envelope}\ndomains: [{name: D, vars: {type: card_error}}]\nerrors:\n${errors}`;
const issues = (text: string) => {
  const r = parseCatalog(text, "demo.yaml");
  return r.catalog ? [] : r.issues.map(formatIssue);
};
const EXAMPLE = `  example: '{"error": {"type": "card_error", "code": "card_declined", "message": "Declined.", "param": "card"}}'\n  documented: true`;

describe("envelope templates in a catalog", () => {
  it("accepts a template, and renders it for the mock", () => {
    const text = catalog(
      `  template: '{"error": {"type": "{{vars.type}}", "code": "{{code}}", "message": "{{message}}", "param": "{{vars.param}}"}}'\n${EXAMPLE}`,
    );
    const parsed = parseCatalog(text, "demo.yaml");
    expect(parsed.issues).toEqual([]);
    const body = JSON.parse(mockResponse(mockTarget(parsed.catalog!, entriesOf(parsed.catalog!)[0]!), "").body) as unknown;
    expect(body).toEqual({ error: { type: "card_error", code: "card_declined", message: "Declined.", param: "card" } });
  });

  it("names the file, the template's own line and the slot for an unknown slot", () => {
    const text = catalog(`  template: |\n    {"error": {\n      "kind": "{{type}}",\n      "code": "{{code}}"}}\n${EXAMPLE}`);
    expect(issues(text)).toEqual([
      "demo.yaml:7: envelope.template: at error.kind: unknown slot {{type}}; slots are {{code}}, {{message}}, {{title}}, {{status}}, {{domain}}, {{url}}, {{short_url}}, {{request_id}}, {{timestamp}}, {{details}} and {{vars.NAME}}",
    ]);
  });

  it("names the line of a template that is not JSON", () => {
    const text = catalog(`  template: |\n    {"error": {\n      "code": "{{code}}",\n    }}\n${EXAMPLE}`);
    expect(issues(text)[0]).toMatch(/^demo\.yaml:8: envelope\.template: is not valid JSON: /);
  });

  it("refuses a vars slot no vars sets, listing the vars that are set", () => {
    const text = catalog(
      `  template: '{"code": "{{code}}", "param": "{{vars.parm}}"}'\n  example: '{"code": "card_declined"}'\n  documented: true`,
    );
    expect(issues(text)).toEqual([
      "demo.yaml:5: envelope.template: uses {{vars.parm}}, but no vars sets parm (at the top of the catalog, in a domain or in an entry); vars set: param, type",
    ]);
  });

  it("refuses an example that does not fit the template, saying where", () => {
    const text = catalog(
      `  template: '{"error": {"code": "{{code}}", "message": "{{message}}"}}'\n  example: '{"error": {"code": "card_declined", "msg": "x"}}'\n  documented: true`,
    );
    expect(issues(text)).toEqual([
      `demo.yaml:6: envelope.example: does not fit the envelope template: /error must have required property 'message'; /error has "msg", which the envelope does not`,
    ]);
  });

  it("needs exactly one of format and template", () => {
    const both = catalog(
      `  format: nested-error\n  template: '{"code": "{{code}}"}'\n  example: '{"code": "card_declined"}'\n  documented: true`,
    );
    expect(issues(both)[0]).toMatch(/^demo\.yaml:5: envelope: needs exactly one of format .* or template/);
    const neither = catalog(`  example: '{"code": "card_declined"}'\n  documented: true`);
    expect(issues(neither)[0]).toMatch(/^demo\.yaml:5: envelope: needs exactly one of format/);
  });

  it("sends the declared content_type, and refuses one that is not a media type", () => {
    const text = catalog(
      `  template: '{"code": "{{code}}"}'\n  content_type: application/vnd.demo+json\n  example: '{"code": "card_declined"}'\n  documented: true`,
    );
    const parsed = parseCatalog(text, "demo.yaml");
    expect(mockResponse(mockTarget(parsed.catalog!, entriesOf(parsed.catalog!)[0]!), "").headers["Content-Type"]).toBe(
      "application/vnd.demo+json",
    );
    expect(issues(text.replace("application/vnd.demo+json", "json please"))[0]).toMatch(
      /^demo\.yaml:6: envelope\.content_type: must be a media type/,
    );
  });
});

describe("paste-to-identify with declared envelopes", () => {
  const fixtures = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs"));
  const engine = SearchEngine.from(buildExport(fixtures, { searchApi: true }).shards);
  const identify = (body: unknown) => engine.search(JSON.stringify(body)).identified;

  it("recognises a Stripe-like body as the payments envelope, not the built-in nested-error one", () => {
    const found = identify({ error: { type: "card_error", code: "expired_card", message: "Your card has expired.", param: "exp_month" } });
    expect(found).toMatchObject({ format: "catalog:payments", code: "expired_card", known: true });
    expect(found?.catalogs.map((c) => c.slug)).toEqual(["payments"]);
    expect(found?.summary).toBe("Recognised the Payments API envelope: code expired_card.");
  });

  it("reads a code written inside text, and one sent as a number", () => {
    expect(
      identify({ error: "invalid_grant", error_description: "AADSTS50034: The user account x does not exist in the y directory." }),
    ).toMatchObject({
      format: "catalog:sign-in",
      code: "50034",
      known: true,
    });
    expect(
      identify({ code: 21211, message: "The 'To' number is not a valid phone number.", more_info: "https://x/e/21211", status: 400 }),
    ).toMatchObject({
      format: "catalog:telephony",
      code: "21211",
      exact: true,
    });
  });

  it("decides by which catalog has the code where the shape fits several", () => {
    // {"error": {"code", "message"}} is the built-in nested-error shape, and also fits the payments template.
    expect(identify({ error: { code: "rate_limit", message: "Too many." } })).toMatchObject({ format: "catalog:payments", known: true });
  });
});

describe("vars facets", () => {
  const fixtures = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs"));
  const payments = fixtures.find((c) => c.slug === "payments")!;
  const rows = entriesOf(payments).map((e) => toTableRow(e, "", payments.facets));
  const keys = allFacetKeys(payments.facets);

  it("offers each value of a listed var, codes without it last, and filters and counts by it", () => {
    expect(keys).toContain("type");
    expect(facetOptions(rows, "type").map((o) => o.value)).toEqual([
      "api_error",
      "card_error",
      "invalid_request_error",
      "rate_limit_error",
    ]);
    const sel = { type: ["card_error"] };
    const kept = [...filterIndexes(rows, () => true, sel)].flatMap((k, i) => (k ? [rows[i]!.code] : []));
    expect(kept).toEqual(["card_declined", "expired_card", "incorrect_cvc"]);
    expect(facetCounts(rows, () => true, sel, keys).status?.get("402")).toBe(3);
    expect(facetValue({ ...rows[0]!, facets: {} }, "type")).toBe(NO_VALUE);
  });

  it("refuses a facet no code sets, a repeated one, and one named like a table URL parameter", () => {
    const text = catalog(`  template: '{"code": "{{code}}"}'\n  example: '{"code": "card_declined"}'\n  documented: true`).replace(
      "domains:",
      "facets: [typ, param, param, status]\ndomains:",
    );
    expect(issues(text)).toEqual([
      'demo.yaml:8: facets[0]: no code sets the var "typ"; vars set: param, type',
      'demo.yaml:8: facets[2]: duplicate facet "param"',
      'demo.yaml:8: facets[3]: "status" is a parameter of the table\'s URL already (q, catalog, domain, status, class, retry, group, sort, dir, collapsed); a vars facet cannot be named so',
    ]);
  });
});
