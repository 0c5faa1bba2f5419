import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "../catalog/parse";
import { importCatalog, parseColumnMap } from "./index";
import { parseStatus } from "./to-catalog";
import { readCsv } from "./csv";

const fixture = (name: string) => readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");
const opts = { slug: "payments", sourceName: "payments.md", targetLabel: "content/catalogs/payments.yaml" };

describe("import from Markdown", () => {
  const result = importCatalog(fixture("payments.md"), "markdown", opts);
  const catalog = parseCatalog(result.yaml ?? "", "payments.yaml").catalog;

  it("writes YAML that the catalog parser accepts", () => {
    expect(result.invalid).toEqual([]);
    expect(catalog?.slug).toBe("payments");
    expect(catalog?.service.documented).toBe(false);
  });

  it("maps code, status and message columns and uses headings as domains", () => {
    expect(catalog?.domains.map((d) => d.name)).toEqual(["Cards", "Invoices"]);
    expect(catalog?.errors.map((e) => [e.code, e.status, e.domain, e.message])).toEqual([
      ["PAY_001", 402, "Cards", "Card declined"],
      ["PAY_002", 400, "Cards", "The card number %v is invalid"],
      ["INV_001", 409, "Invoices", "Invoice already paid"],
      ["INV_003", "5xx", "Invoices", "Upstream ledger failed"],
      ["ON", 400, "Invoices", "No"],
    ]);
    expect(catalog?.errors[1]?.placeholders?.map((p) => p.name)).toEqual(["arg1"]);
  });

  it("reports what it could not map, with line numbers", () => {
    expect(result.problems).toEqual([
      {
        line: 7,
        message:
          'column "Owner" is not mapped (known: code, status, message, title, domain, docs, route, meaning, action, notes; or --map FIELD=COLUMN)',
      },
      { line: 11, message: 'code "BAD CODE" must be 1–64 letters, digits and _ : . - with at least one letter or digit' },
      { line: 18, message: 'INV_002: status "teapot" is not an HTTP status (100–599 or a class such as 4xx)' },
      { line: 19, message: "pay-001: duplicate of the code on line 9" },
    ]);
  });

  it("quotes YAML 1.1 booleans so the 1.2 loader does not refuse them", () => {
    expect(result.yaml).toMatch(/code: "ON"|code: 'ON'/);
  });

  it("refuses a document without a table or without the required columns", () => {
    expect(importCatalog("# Just prose\n", "markdown", opts).problems).toEqual([{ line: 1, message: "no table found" }]);
    const noMessage = importCatalog("| Code | Status |\n| --- | --- |\n| A | 400 |\n", "markdown", opts);
    expect(noMessage.yaml).toBeUndefined();
    expect(noMessage.problems).toEqual([{ line: 1, message: "no message column" }]);
  });

  it("imports numeric codes, and codes without a status where the column is empty or absent", () => {
    const table = importCatalog(
      "| Code | Status | Message |\n| --- | --- | --- |\n| 23505 | | duplicate key |\n| 20404 | 404 | Not found |\n",
      "markdown",
      opts,
    );
    const parsed = parseCatalog(table.yaml ?? "", "t.yaml").catalog;
    expect(parsed?.errors.map((e) => [e.code, e.status])).toEqual([
      ["23505", undefined],
      ["20404", 404],
    ]);
    const noColumn = parseCatalog(
      importCatalog("| Code | Message |\n| --- | --- |\n| E1 | m |\n", "markdown", opts).yaml ?? "",
      "t.yaml",
    ).catalog;
    expect(noColumn?.errors[0]?.status).toBeUndefined();
  });

  it("declares placeholders of every syntax by themselves: braces by name, printf as arg1, arg2…", () => {
    const result = importCatalog(
      "| Code | Message |\n| --- | --- |\n| E1 | {0} and {clientId}, again {0}, with %-.192s and %d |\n",
      "markdown",
      opts,
    );
    expect(result.problems).toEqual([]);
    const parsed = parseCatalog(result.yaml ?? "", "t.yaml").catalog;
    expect(parsed?.errors[0]?.placeholders?.map((p) => p.name)).toEqual(["arg1", "clientId", "arg2", "arg3"]);
  });
});

describe("import from CSV", () => {
  it("maps headers, keeps multi-line cells and reports rows it skipped with their lines", () => {
    const result = importCatalog(fixture("payments.csv"), "csv", { ...opts, sourceName: "payments.csv" });
    const catalog = parseCatalog(result.yaml ?? "", "payments.yaml").catalog;
    expect(catalog?.errors.map((e) => e.code)).toEqual(["PAY_001", "PAY_002", "INV_001", "INV_002"]);
    expect(catalog?.errors[0]?.title).toBe("Card Declined");
    expect(catalog?.errors[1]?.message).toBe("The card number %v\nis invalid");
    expect(result.problems).toEqual([
      {
        line: 1,
        message:
          'column "extra" is not mapped (known: code, status, message, title, domain, docs, route, meaning, action, notes; or --map FIELD=COLUMN)',
      },
      { line: 6, message: "row has no code" },
    ]);
  });

  it("gives the line of malformed CSV", () => {
    const result = importCatalog('code,status,message\nA,400,"unclosed\n', "csv", opts);
    expect(result.yaml).toBeUndefined();
    expect(result.problems[0]?.message).toMatch(/^cannot read csv/);
  });

  it("numbers records by their source line", () => {
    expect(readCsv("code,status\n\nA,400\nB,401\n").rows.map((r) => r.line)).toEqual([3, 4]);
  });
});

describe("parseStatus", () => {
  it("reads statuses as error docs write them", () => {
    expect(parseStatus("401")).toBe(401);
    expect(parseStatus("401 Unauthorized")).toBe(401);
    expect(parseStatus("`HTTP 503`")).toBe(503);
    expect(parseStatus("5XX")).toBe("5xx");
    expect(parseStatus("202 Accepted")).toBe(202);
    expect(parseStatus("600")).toBeUndefined();
    expect(parseStatus("four hundred")).toBeUndefined();
  });
});

describe("import from JSON with --map", () => {
  const map = parseColumnMap(
    "code=errorCode,status=statusCode,title=title,message=errorSummary,docs=errorDescription,domain=product,vars.log_level=log_level",
  );
  const result = importCatalog(fixture("identity.json"), "json", { ...opts, sourceName: "identity.json", columns: map });
  const catalog = parseCatalog(result.yaml ?? "", "identity.yaml").catalog;

  it("maps every field named in --map, numbers as written and null as no status", () => {
    expect(catalog?.errors.map((e) => [e.code, e.status, e.domain])).toEqual([
      ["E0000011", 401, "Identity"],
      ["E0000047", 429, "Platform"],
      ["23505", undefined, "Database"],
    ]);
    expect(catalog?.errors[0]?.docs).toBe("### Possible causes\n\n- The token expired.\n- <b>Wrong</b> audience.");
    expect(catalog?.errors.map((e) => e.vars)).toEqual([{ log_level: "warn" }, { log_level: "3" }, undefined]);
    expect(catalog?.errors[1]?.placeholders?.map((p) => p.name)).toEqual(["arg1"]);
    expect(catalog?.errors[2]?.placeholders?.map((p) => p.name)).toEqual(["arg1"]);
  });

  it("lists what it could not map with the line it is on, and skips bad rows", () => {
    expect(result.problems).toEqual([
      {
        line: 26,
        message:
          'column "extra.owner" is not mapped (known: code, status, message, title, domain, docs, route, meaning, action, notes; or --map FIELD=COLUMN)',
      },
      {
        line: 26,
        message:
          'column "extra.tags" is not mapped (known: code, status, message, title, domain, docs, route, meaning, action, notes; or --map FIELD=COLUMN)',
      },
      { line: 28, message: 'code "bad code" must be 1–64 letters, digits and _ : . - with at least one letter or digit' },
    ]);
  });

  it("says when --map names a column the file does not have, or a field that does not exist", () => {
    const missing = importCatalog(fixture("identity.json"), "json", { ...opts, columns: parseColumnMap("code=errorCode,message=nope") });
    expect(missing.problems[0]).toEqual({ line: 5, message: '--map message=nope: no column "nope"' });
    expect(() => parseColumnMap("severity=level")).toThrow(
      '--map: unknown field "severity"; fields are code, status, message, title, domain, docs, route, meaning, action, notes and vars.NAME',
    );
    expect(() => parseColumnMap("code")).toThrow('--map: "code" must be FIELD=COLUMN, e.g. code=errorCode');
  });

  it("takes a bare array, and names the arrays when an object holds several", () => {
    const bare = importCatalog('[{"code": "A1", "message": "m"}]', "json", opts);
    expect(parseCatalog(bare.yaml ?? "", "t.yaml").catalog?.errors[0]?.code).toBe("A1");
    expect(importCatalog('{"a": [{"x": 1}], "b": [{"y": 2}]}', "json", opts).problems[0]?.message).toMatch(
      /several arrays of records \("a", "b"\); keep one/,
    );
    expect(importCatalog('{"a": [1, 2', "json", opts).problems[0]?.message).toMatch(/^cannot read json: line 1/);
  });
});
