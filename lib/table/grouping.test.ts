import { describe, expect, it } from "vitest";
import { buildItems } from "./grouping";
import type { TableRow } from "./rows";

function row(code: string, status: number | string, domain: string): TableRow {
  return {
    id: code,
    code,
    catalog: "a",
    domain,
    status,
    statusClass: String(status).startsWith("5") ? "5xx" : "4xx",
    retry: "no",
    message: code,
    url: "",
    more: "",
  };
}
const rows = [row("B1", 500, "Billing"), row("A1", 401, "Auth"), row("B2", "5xx", "Billing"), row("A2", 404, "Auth")];
const all = [0, 1, 2, 3];
const heads = (items: ReturnType<typeof buildItems>) => items.filter((i) => i.kind === "group").map((i) => `${i.label} (${i.count})`);

describe("grouping", () => {
  it("domain groups keep the catalog's order and the given row order", () => {
    const items = buildItems(rows, [3, 2, 1, 0], "domain", new Set());
    expect(heads(items)).toEqual(["Billing (2)", "Auth (2)"]);
    expect(items.filter((i) => i.kind === "row").map((i) => rows[i.index]!.code)).toEqual(["B2", "B1", "A2", "A1"]);
  });

  it("status groups ascend, with a documented class after its exact statuses, labelled with reason phrases", () => {
    expect(heads(buildItems(rows, all, "status", new Set()))).toEqual([
      "401 Unauthorized (1)",
      "404 Not Found (1)",
      "500 Internal Server Error (1)",
      "5xx Server error (1)",
    ]);
  });

  it("sorted by the grouped column, the groups follow the sort, descending included", () => {
    // Rows sorted by status, descending: 5xx, 500, 404, 401.
    expect(heads(buildItems(rows, [2, 0, 3, 1], "status", new Set(), { groupsFollowOrder: true }))).toEqual([
      "5xx Server error (1)",
      "500 Internal Server Error (1)",
      "404 Not Found (1)",
      "401 Unauthorized (1)",
    ]);
    // Sorted by domain, descending: Billing then Auth; not sorted by it, the catalog's order stands.
    expect(heads(buildItems(rows, [0, 2, 1, 3], "domain", new Set(), { groupsFollowOrder: true }))).toEqual(["Billing (2)", "Auth (2)"]);
    expect(heads(buildItems(rows, [1, 3, 0, 2], "domain", new Set(), { groupsFollowOrder: true }))).toEqual(["Auth (2)", "Billing (2)"]);
    expect(heads(buildItems(rows, [1, 3, 0, 2], "domain", new Set()))).toEqual(["Billing (2)", "Auth (2)"]);
    expect(heads(buildItems(rows, [2, 0, 3, 1], "status", new Set()))[0]).toBe("401 Unauthorized (1)");
  });

  it("a collapsed group keeps its header and count but not its rows", () => {
    const items = buildItems(rows, all, "domain", new Set(["Auth"]));
    expect(heads(items)).toEqual(["Billing (2)", "Auth (2)"]);
    expect(items.filter((i) => i.kind === "row")).toHaveLength(2);
    expect(items.find((i) => i.kind === "group" && i.key === "Auth")).toMatchObject({ expanded: false });
  });

  it("none lists rows only; domain anchors only when asked", () => {
    expect(buildItems(rows, all, "none", new Set()).every((i) => i.kind === "row")).toBe(true);
    expect(buildItems(rows, all, "domain", new Set(), { anchors: true })[0]).toMatchObject({ anchor: "domain-billing" });
    expect(buildItems(rows, all, "domain", new Set())[0]).not.toHaveProperty("anchor");
  });

  it("groups a table of several catalogs by each catalog's own domains, named after both", () => {
    const two = [
      { ...rows[0]!, catalog: "a", domain: "Auth" },
      { ...rows[1]!, catalog: "b", domain: "Auth" },
      { ...rows[2]!, catalog: "a", domain: "Auth" },
    ];
    const items = buildItems(two, [0, 1, 2], "domain", new Set(["b/Auth"]), { catalogNames: { a: "Alpha", b: "Beta" } });
    expect(heads(items)).toEqual(["Alpha › Auth (2)", "Beta › Auth (1)"]);
    // A collapsed group is named by its catalog-qualified key, so collapsing Beta's Auth leaves Alpha's open.
    expect(items.filter((i) => i.kind === "row").map((i) => (i.kind === "row" ? i.index : -1))).toEqual([0, 2]);
  });
});
