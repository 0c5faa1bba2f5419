import { describe, expect, it } from "vitest";
import { run } from "./test-scores";
import { BUDGETS, type Budget } from "./budgets";
import { emptyResult, evaluateBudgets, formatReport, meets, table, toJson, valueAt } from "./result";
import { median, percentile } from "./stats";
import { lighthouseRatio } from "./ratio";

describe("valueAt", () => {
  it("follows dotted paths and returns null for missing or non-numeric values", () => {
    const r = emptyResult();
    r.firstLoadJsKb.code = 140.2;
    expect(valueAt(r, "firstLoadJsKb.code")).toBe(140.2);
    expect(valueAt(r, "firstLoadJsKb.home")).toBeNull();
    expect(valueAt(r, "lighthouse.home.performance")).toBeNull();
    expect(valueAt({ a: Number.NaN }, "a")).toBeNull();
    expect(valueAt({ a: "1" }, "a")).toBeNull();
  });
});

describe("meets", () => {
  it("respects strict and inclusive comparisons at the limit", () => {
    expect(meets(1, { op: "<", limit: 1 })).toBe(false);
    expect(meets(0.99, { op: "<", limit: 1 })).toBe(true);
    expect(meets(145, { op: "<=", limit: 145 })).toBe(true);
    expect(meets(145.1, { op: "<=", limit: 145 })).toBe(false);
    expect(meets(95, { op: ">=", limit: 95 })).toBe(true);
    expect(meets(94, { op: ">=", limit: 95 })).toBe(false);
  });
});

describe("evaluateBudgets", () => {
  it("marks each budget met, missed or not measured", () => {
    const r = emptyResult();
    r.build10kSeconds = 120;
    r.build10kPeakMb = 5000;
    r.lighthouse.home = { performance: 97, accessibility: 100, bestPractices: 96, seo: 100, tbtMs: 90, lcpMs: 1200, fcpMs: 900, cls: 0 };
    r.lighthouseRatio.home = lighthouseRatio(
      [run({ lcpMs: 1000, fcpMs: 800, tbtMs: 0, performance: 100 })],
      [run({ lcpMs: 1200, fcpMs: 900, tbtMs: 90, performance: 97 })],
    );
    const byKey = Object.fromEntries(evaluateBudgets(r).map((o) => [o.budget.key, o.status]));
    expect(byKey["build10kSeconds"]).toBe("met");
    expect(byKey["build10kPeakMb"]).toBe("missed");
    // Only ratios and the three scores pass or fail: the absolute performance score is informational.
    expect(byKey["lighthouse.home.performance"]).toBeUndefined();
    expect(byKey["lighthouseRatio.home.performanceDelta"]).toBe("met");
    expect(byKey["lighthouseRatio.home.lcp"]).toBe("missed");
    expect(byKey["lighthouseRatio.home.fcp"]).toBe("met");
    expect(byKey["lighthouseRatio.home.tbtOverAllowance"]).toBe("missed");
    expect(byKey["lighthouse.home.bestPractices"]).toBe("missed");
    expect(byKey["lighthouse.home.cls"]).toBe("met");
    expect(byKey["searchP95Ms"]).toBe("not measured");
  });

  it("covers every target of the issue, each key resolving into the result shape", () => {
    const keys = BUDGETS.map((b) => b.key);
    for (const k of [
      "searchP95Ms",
      "search100kP95Ms",
      "indexBytesPerCodeGz",
      "filterToPaint10kP95Ms",
      "build10kSeconds",
      "build10kPeakMb",
    ]) {
      expect(keys).toContain(k);
    }
    for (const page of ["home", "catalog", "code"]) {
      expect(keys).toContain(`firstLoadJsKb.${page}`);
    }
    for (const page of ["home", "catalog", "code", "all", "search"]) {
      for (const s of ["accessibility", "bestPractices", "seo", "cls"]) expect(keys).toContain(`lighthouse.${page}.${s}`);
      for (const s of ["lcp", "fcp", "tbtOverAllowance", "performanceDelta"]) expect(keys).toContain(`lighthouseRatio.${page}.${s}`);
    }
    for (const page of ["home", "catalog", "code", "all"]) expect(keys).toContain(`lighthouseStaticRatio.${page}.lcp`);
    expect(keys).not.toContain("lighthouseStaticRatio.search.lcp");
    expect(keys).toEqual(expect.arrayContaining(["jsByIdleKb.catalog", "jsByIdleKb.code"]));
    const full = emptyResult();
    for (const b of BUDGETS) {
      const parts = b.key.split(".");
      let node = full as unknown as Record<string, unknown>;
      for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
      node[parts.at(-1)!] = 1;
    }
    expect(evaluateBudgets(full).every((o) => o.status !== "not measured")).toBe(true);
  });
});

describe("output", () => {
  it("toJson is one line carrying the required keys and each budget's status", () => {
    const r = emptyResult();
    r.firstLoadJsKb.home = 150;
    const custom: Budget[] = [{ key: "firstLoadJsKb.home", label: "home", op: "<=", limit: 145, unit: "kB" }];
    const line = toJson(r, evaluateBudgets(r, custom));
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line);
    expect(parsed.firstLoadJsKb).toEqual({ home: 150, catalog: null, code: null });
    expect(parsed.budgets).toEqual([{ key: "firstLoadJsKb.home", op: "<=", limit: 145, value: 150, status: "missed" }]);
  });

  it("table pads columns and the report names missing figures", () => {
    expect(table(["a", "bb"], [["xxx", "y"]])).toBe("a    bb\n---  --\nxxx  y");
    const report = formatReport(emptyResult(), evaluateBudgets(emptyResult()));
    expect(report).toContain("not available");
    expect(report).toMatch(/0 met, 0 missed, \d+ not measured/);
  });
});

describe("stats", () => {
  it("nearest-rank percentiles and medians", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
