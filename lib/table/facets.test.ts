import { describe, expect, it } from "vitest";
import { facetCounts, facetOptions, filterIndexes, sanitizeSelection, type Selection } from "./facets";
import type { TableRow } from "./rows";
import { operationsOf } from "../catalog/operations";

function row(code: string, status: number | string, domain: string, catalog = "a"): TableRow {
  const statusClass = String(status).startsWith("5") ? "5xx" : "4xx";
  const retry = operationsOf({ status }).retry;
  return { id: code, code, catalog, domain, status, statusClass, retry, message: code, url: `/x/${code}`, more: "" };
}

const rows = [
  row("A1", 401, "Auth"),
  row("A2", 401, "Auth"),
  row("A3", 403, "Auth"),
  row("U1", 404, "Users"),
  row("U2", 401, "Users"),
  row("S1", 500, "Server", "b"),
  row("S2", "5xx", "Server", "b"),
];
const all = () => true;
const count = (sel: Selection, key: "domain" | "status" | "class" | "catalog" | "retry", q: (i: number) => boolean = all) =>
  Object.fromEntries(facetCounts(rows, q, sel)[key]!);

describe("facet counts", () => {
  it("count every row without filters", () => {
    expect(count({}, "status")).toEqual({ "401": 3, "403": 1, "404": 1, "500": 1, "5xx": 1 });
    expect(count({}, "domain")).toEqual({ Auth: 3, Users: 2, Server: 2 });
    expect(count({}, "class")).toEqual({ "4xx": 5, "5xx": 2 });
  });

  it("count and filter by retry advice, most retryable first", () => {
    expect(count({}, "retry")).toEqual({ "with-backoff": 2, "after-reauth": 3, no: 2 });
    expect(count({ retry: ["with-backoff"] }, "domain")).toEqual({ Server: 2 });
    expect(facetOptions(rows, "retry")).toEqual([
      { value: "with-backoff", label: "Yes, with backoff" },
      { value: "after-reauth", label: "After re-authenticating" },
      { value: "no", label: "No" },
    ]);
    expect([...filterIndexes(rows, all, { retry: ["no"] })]).toEqual([0, 0, 1, 1, 0, 0, 0]);
  });

  it("a facet's own selection does not narrow its own counts", () => {
    expect(count({ status: ["401"] }, "status")).toEqual({ "401": 3, "403": 1, "404": 1, "500": 1, "5xx": 1 });
  });

  it("other facets' selections narrow the counts", () => {
    expect(count({ status: ["401"] }, "domain")).toEqual({ Auth: 2, Users: 1 });
    expect(count({ domain: ["Auth"] }, "status")).toEqual({ "401": 2, "403": 1 });
    expect(count({ domain: ["Users", "Server"], class: ["4xx"] }, "status")).toEqual({ "401": 1, "404": 1 });
    expect(count({ domain: ["Users", "Server"], class: ["4xx"] }, "class")).toEqual({ "4xx": 2, "5xx": 2 });
  });

  it("the query narrows every facet", () => {
    const q = (i: number) => rows[i]!.code.startsWith("U");
    expect(count({}, "domain", q)).toEqual({ Users: 2 });
    expect(count({ domain: ["Auth"] }, "status", q)).toEqual({});
  });

  it("counts agree with the rows the filter keeps", () => {
    const sel: Selection = { domain: ["Auth", "Users"], status: ["401", "404"] };
    const kept = filterIndexes(rows, all, sel).reduce((n, k) => n + k, 0);
    const byStatus = facetCounts(rows, all, sel).status!;
    expect((byStatus.get("401") ?? 0) + (byStatus.get("404") ?? 0)).toBe(kept);
    expect(kept).toBe(4);
  });
});

describe("facet options and selection", () => {
  it("orders statuses numerically, a documented class after its exact statuses", () => {
    expect(facetOptions(rows, "status").map((o) => o.label)).toEqual(["401", "403", "404", "500", "5xx, class only"]);
    expect(facetOptions(rows, "status").map((o) => o.value)).toEqual(["401", "403", "404", "500", "5xx"]);
    expect(facetOptions(rows, "class").map((o) => o.label)).toEqual(["4xx", "5xx"]);
    expect(facetOptions(rows, "domain").map((o) => o.value)).toEqual(["Auth", "Users", "Server"]);
  });

  it("drops unknown values from a selection", () => {
    const options = { status: facetOptions(rows, "status"), domain: facetOptions(rows, "domain") };
    expect(sanitizeSelection({ status: ["401", "999", "abc"], domain: ["Nope"] }, options)).toEqual({ status: ["401"] });
  });
});
