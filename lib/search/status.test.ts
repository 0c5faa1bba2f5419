import { describe, expect, it } from "vitest";
import { searchStatus } from "./status";

const partial = { loaded: 3, failed: 0, total: 10 };
const done = { loaded: 10, failed: 0, total: 10 };

describe("searchStatus", () => {
  it("says loading and failure before anything else", () => {
    expect(searchStatus({ state: "loading", query: "x" })).toBe("Loading search…");
    expect(searchStatus({ state: "failed", query: "x", progress: partial })).toMatch(/could not load/);
  });

  it("reads as before when the whole index is in", () => {
    expect(searchStatus({ state: "ready", query: "", progress: done })).toMatch(/^Type a code/);
    expect(searchStatus({ state: "ready", query: "x", results: 0, progress: done })).toBe("No results.");
    expect(searchStatus({ state: "ready", query: "x", results: 1 })).toBe("1 result. Use the up and down arrows to choose, Enter to open.");
    expect(searchStatus({ state: "ready", query: "x", results: 4, progress: done })).toMatch(/^4 results\. Use/);
  });

  it("says how much is searched while parts are still loading", () => {
    expect(searchStatus({ state: "ready", query: "x", progress: { ...partial, loaded: 0 } })).toBe("Searching 0 of 10 parts…");
    expect(searchStatus({ state: "ready", query: "x", results: 0, progress: partial })).toBe("No results yet. Searching 3 of 10 parts…");
    expect(searchStatus({ state: "ready", query: "x", results: 2, progress: partial })).toBe(
      "2 results. Use the up and down arrows to choose, Enter to open. Searching 3 of 10 parts…",
    );
  });

  it("past 10 parts, changes only each quarter of the index, so a live region is not read out once per file", () => {
    const at = (loaded: number) => searchStatus({ state: "ready", query: "x", progress: { loaded, failed: 0, total: 140 } });
    expect(at(0)).toBe("Searching: 0% of the index loaded…");
    expect(at(34)).toBe("Searching: 0% of the index loaded…");
    expect(at(35)).toBe("Searching: 25% of the index loaded…");
    expect(at(139)).toBe("Searching: 75% of the index loaded…");
    const distinct = new Set(Array.from({ length: 140 }, (_, i) => at(i)));
    expect(distinct.size).toBe(4);
  });

  it("says when parts could not load", () => {
    expect(searchStatus({ state: "ready", query: "x", results: 0, progress: { loaded: 9, failed: 1, total: 10 } })).toBe(
      "No results. 1 of 10 parts could not load.",
    );
  });
});
