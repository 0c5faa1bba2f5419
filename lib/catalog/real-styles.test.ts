import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "./load";
import { entriesOf } from "./model";
import { operationsOf } from "./operations";
import { toApiRecord } from "./api-record";
import { parseCatalog } from "./parse";
import { statusClassOf, statusLabel } from "../http-status";
import { findInsights } from "../insights";
import { facetOptions, facetValue } from "../table/facets";
import { toTableRow } from "../table/rows";
import { buildItems } from "../table/grouping";
import { mockResponse } from "../mock/respond";
import { mockTarget } from "../mock/target";
import { buildExport } from "../search/build";
import { SearchEngine } from "../search/engine";

/** The second e2e site's catalogs: numeric codes, codes without a status, a status below 400. */
const catalogs = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs"));
const telephony = catalogs.find((c) => c.slug === "telephony")!;
const entries = entriesOf(telephony);
const entry = (code: string) => entries.find((e) => e.code === code)!;

const yaml = (code: string, status = "") =>
  `slug: demo\nservice: {name: Demo, documented: true}\ndescription: d\nenvelope: {format: nested-error, example: '{"error": {"code": "E1", "message": "m"}}', documented: true}\ndomains: [{name: D}]\nerrors:\n  - code: ${code}\n    domain: D\n    message: m\n${status}`;
const problems = (text: string) => {
  const r = parseCatalog(text, "demo.yaml");
  return r.catalog ? [] : r.issues.map((i) => `${i.field}: ${i.message}`);
};

describe("codes and statuses of real catalogs", () => {
  it("accepts numeric codes, codes starting with a digit, and 64 characters; refuses separators alone and 65", () => {
    for (const code of ['"20404"', "23505", "E0000011", "AADSTS50126", "a".repeat(64)]) expect(problems(yaml(code)), code).toEqual([]);
    for (const code of ["___", "a".repeat(65), '"a b"']) {
      expect(problems(yaml(code))[0], code).toMatch(
        /^errors\[0\]\.code: must be 1–64 letters, digits and _ : \. - with at least one letter or digit/,
      );
    }
  });

  it("takes any status from 100 to 599, or none", () => {
    expect(problems(yaml("A1", "    status: 202\n"))).toEqual([]);
    expect(problems(yaml("A1", "    status: 101\n"))).toEqual([]);
    expect(problems(yaml("A1"))).toEqual([]);
    expect(problems(yaml("A1", "    status: 99\n"))[0]).toMatch(/must be an HTTP status 100–599/);
    expect(problems(yaml("A1", "    status: 600\n"))[0]).toMatch(/must be an HTTP status 100–599/);
  });

  it("labels a missing status as such, in its own class, and advises acting on the code", () => {
    const none = entry("30003");
    expect(none.status).toBeUndefined();
    expect(none.statusClass).toBe("none");
    expect(statusLabel(none.status)).toBe("No HTTP status");
    expect(statusLabel(202)).toBe("202 Accepted");
    expect(statusClassOf(202)).toBe("2xx");
    expect(operationsOf(none).retry).toBe("no");
    expect(operationsOf(entry("E0000202")).guidance).toMatch(/not an error status/);
  });

  it("answers null for a missing status in /api/errors, with the same keys as every record", () => {
    const record = toApiRecord(entry("30003"));
    expect(record.status).toBeNull();
    expect(Object.keys(record).slice(0, 4)).toEqual(["catalog", "code", "status", "domain"]);
  });

  it("shows a missing status as none in the status facets, after every status", () => {
    const rows = entries.map((e) => toTableRow(e));
    expect(
      facetValue(
        rows.find((r) => r.code === "23505")!,
        "status",
      ),
    ).toBe("none");
    expect(
      facetValue(
        rows.find((r) => r.code === "23505")!,
        "class",
      ),
    ).toBe("none");
    expect(facetOptions(rows, "status").map((o) => o.value)).toEqual(["202", "400", "404", "429", "none"]);
  });

  it("flags documented statuses below 400 in the insights", () => {
    const finding = findInsights([telephony]).find((f) => f.kind === "status-below-400");
    expect(finding?.codes.map((c) => c.code)).toEqual(["E0000202"]);
  });
});

describe("the mock for a code without a status", () => {
  const without = (defaultStatus?: number) =>
    mockTarget({ ...telephony, envelope: { ...telephony.envelope, default_status: defaultStatus } }, entry("23505"));

  it("answers envelope.default_status, or the status asked for", () => {
    expect(mockResponse(without(400), "").status).toBe(400);
    expect(mockResponse(without(400), "status=409").status).toBe(409);
    expect(mockResponse(without(undefined), "status=503").status).toBe(503);
  });

  it("with neither, refuses with a 400 that names the status parameter", () => {
    const r = mockResponse(without(undefined), "");
    expect(r.status).toBe(400);
    expect(r.refusal?.parameter).toBe("status");
    expect(r.refusal?.error).toMatch(/^status is required: 23505 has no HTTP status of its own/);
    expect(mockResponse(without(undefined), "status=99").refusal?.error).toBe("status must be an HTTP status from 100 to 599");
  });

  it("keeps a documented status fixed", () => {
    const fixed = mockTarget(telephony, entry("20404"));
    expect(mockResponse(fixed, "").status).toBe(404);
    expect(mockResponse(fixed, "status=400").refusal?.parameter).toBe("status");
  });
});

describe("searching numeric codes", () => {
  const engine = SearchEngine.from(buildExport(catalogs, { searchApi: true }).shards);
  const first = (q: string) => engine.search(q, 5).results[0]?.code;

  it("finds a numeric code first, not statuses or numbers in text", () => {
    expect(first("23505")).toBe("23505");
    expect(first("20404")).toBe("20404");
    expect(first("1002")).toBe("1002");
  });

  it("finds a code by its number part, after a code that is exactly that number", () => {
    // sign-in has the code 50126 itself; telephony has AADSTS50126.
    expect(
      engine
        .search("50126", 5)
        .results.slice(0, 2)
        .map((h) => h.code),
    ).toEqual(["50126", "AADSTS50126"]);
    expect(first("0000047")).toBe("E0000047");
  });
});

describe("vars and docs", () => {
  it("resolves vars from the catalog, the domain and the entry, the narrowest winning, as written", () => {
    expect(entry("21211").vars).toEqual({ type: "invalid_request_error", product: "0456", param: "To" });
    expect(entry("30003").vars).toEqual({ type: "invalid_request_error", product: "0123" });
    expect(entry("23505").vars).toEqual({ type: "api_error", product: "0123" });
  });

  it("publishes resolved vars in /api/errors, and nothing where a catalog sets none", () => {
    expect(toApiRecord(entry("21211")).vars).toEqual({ type: "invalid_request_error", product: "0456", param: "To" });
    const hostile = catalogs.find((c) => c.slug === "hostile")!;
    expect(toApiRecord(entriesOf(hostile)[0]!)).not.toHaveProperty("vars");
  });

  it("refuses a var name that is not a name, naming the field", () => {
    const text = yaml("A1").replace("    message: m\n", "    message: m\n    vars:\n      bad-name: x\n");
    expect(problems(text)).toEqual([
      "errors[0].vars.bad-name: must be letters, digits and _, not starting with a digit, e.g. decline_code",
    ]);
  });

  it("searches vars and docs", () => {
    const engine = SearchEngine.from(buildExport(catalogs, { searchApi: true }).shards);
    const codes = (q: string) => engine.search(q, 10).results.map((h) => h.code);
    expect(codes("invalid_request_error")).toEqual(expect.arrayContaining(["21211", "30003"]));
    expect(codes("landline")).toContain("21211");
  });
});

describe("review fixes", () => {
  it("never answers a status no response can carry a body with: a 400 naming status instead of a 5xx", () => {
    const target = mockTarget(telephony, entry("30003"));
    for (const status of ["101", "204", "205", "304"]) {
      const r = mockResponse(target, `status=${status}`);
      expect(r.status, status).toBe(400);
      expect(r.refusal?.parameter).toBe("status");
    }
    expect(mockResponse(target, "status=200").status).toBe(200);
    const documented = mockTarget(telephony, { ...entry("30003"), status: 204 });
    expect(mockResponse(documented, "").refusal?.error).toMatch(/^status is 204, which no response can carry a body with/);
    expect(problems(yaml("A1").replace("}}', documented: true}", "}}', documented: true, default_status: 204}"))[0]).toBe(
      "envelope.default_status: must be a status a response can carry a body with: 200–599, not 204, 205 or 304, not number 204",
    );
  });

  it("groups codes without a status under No HTTP status, after the others", () => {
    const rows = entries.map((e) => toTableRow(e));
    const groups = buildItems(
      rows,
      rows.map((_, i) => i),
      "status",
      new Set(),
    ).filter((i) => i.kind === "group");
    expect(groups.map((g) => (g.kind === "group" ? g.label : ""))).toEqual([
      "202 Accepted",
      "400 Bad Request",
      "404 Not Found",
      "429 Too Many Requests",
      "No HTTP status",
    ]);
  });

  it("refuses a placeholder named like one of the mock's own parameters", () => {
    const text = yaml("A1").replace(
      "    message: m\n",
      '    message: "{status} now"\n    placeholders:\n      - {name: status, example: x}\n',
    );
    expect(problems(text)[0]).toMatch(/^errors\[0\]\.placeholders\[0\]\.name: "status" is also a parameter of the mock endpoint/);
  });

  it("finds a numeric code inside text and in a pasted body that sends it as a number", () => {
    const engine = SearchEngine.from(buildExport(catalogs, { searchApi: true }).shards);
    expect(engine.search("Twilio error 21211: invalid To", 3).results[0]?.code).toBe("21211");
    expect(engine.search("code=21211", 3).results[0]?.code).toBe("21211");
    expect(engine.search('{"error": {"code": 21211, "message": "x"}}', 3).results[0]?.code).toBe("21211");
  });
});
