// A small smoke run of `npm run bench`: 200 synthetic codes, search at the bundled catalogs and at 200 codes;
// no build, no Lighthouse (so no bare page), no browser.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "@/lib/bench/budgets";
import { loadCatalogDir } from "@/lib/catalog/load";

const BUNDLED_CODES = loadCatalogDir(path.resolve("content", "catalogs")).reduce((n, c) => n + c.errors.length, 0);

describe("npm run bench -- --quick --json", () => {
  it("prints a table and, as its last line, one JSON object with every key and a status per budget", () => {
    const tsx = path.resolve("node_modules", ".bin", "tsx");
    const stdout = execFileSync(tsx, ["scripts/bench/index.ts", "--quick", "--json"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines = stdout.trimEnd().split("\n");
    expect(stdout).toContain("Budgets");
    const result = JSON.parse(lines.at(-1)!);
    for (const key of [
      "searchP95Ms",
      "search100kP95Ms",
      "indexBytesPerCodeGz",
      "filterToPaint10kP95Ms",
      "build10kSeconds",
      "build10kPeakMb",
    ]) {
      expect(result).toHaveProperty(key);
      expect(result[key] === null || typeof result[key] === "number").toBe(true);
    }
    expect(Object.keys(result.firstLoadJsKb).sort()).toEqual(["catalog", "code", "home"]);
    // Lighthouse against the bare page (issue #22): absolute medians, and ratios of medians with the bare medians beside.
    expect(Object.keys(result.lighthouse).sort()).toEqual(["all", "catalog", "code", "home", "search"]);
    expect(Object.keys(result.lighthouseRatio).sort()).toEqual(["all", "catalog", "code", "home", "search"]);
    // The static export has no /search page (it needs a server).
    expect(Object.keys(result.lighthouseStatic).sort()).toEqual(["all", "catalog", "code", "home"]);
    expect(Object.keys(result.lighthouseStaticRatio).sort()).toEqual(["all", "catalog", "code", "home"]);
    expect(Object.keys(result.jsByIdleKb).sort()).toEqual(["catalog", "code"]);
    expect(result.details.lighthouseRuns).toEqual([]);
    for (const key of ["lcp", "fcp", "tbtOverAllowance", "performanceDelta"])
      expect(result.budgets.map((b: { key: string }) => b.key)).toContain(`lighthouseRatio.catalog.${key}`);
    // The quick run skips builds, so the build budgets cannot be met or missed.
    expect(result.build10kSeconds).toBeNull();
    const statuses = new Map(result.budgets.map((b: { key: string; status: string }) => [b.key, b.status]));
    expect(statuses.size).toBe(BUDGETS.length);
    expect(statuses.get("build10kSeconds")).toBe("not measured");
    for (const s of statuses.values()) expect(["met", "missed", "not measured"]).toContain(s);
    // It did measure search: at the bundled catalogs (searchP95Ms) and at 200 codes, but not at 100k.
    for (const key of ["searchP95Ms", "indexBytesPerCodeGz", "firstUseIndexKbGz"]) {
      expect(typeof result[key], key).toBe("number");
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.search100kP95Ms).toBeNull();
    expect(result.details.search.map((r: { codes: number }) => r.codes)).toEqual([BUNDLED_CODES, 200]);
    expect(statuses.get("searchP95Ms")).not.toBe("not measured");
    // The quick run opens no browser, so filter-to-paint is not measured either.
    expect(result.filterToPaint10kP95Ms).toBeNull();
    // It did measure something: synthesize and generate at 200 codes.
    expect(result.details.generate).toEqual([{ codes: 200, ms: expect.any(Number) }]);
  }, 120_000);
});
