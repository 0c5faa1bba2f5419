import { describe, expect, it } from "vitest";
import { benchSearch } from "../search/bench";
import { LOCAL_MAX_CODES } from "../search/client";
import { firstUseBytesGz, toSearchRows, worstP95 } from "./search-rows";

describe("toSearchRows", () => {
  it("adapts what benchSearch really returns: every figure a finite number", () => {
    const [row] = toSearchRows(benchSearch([60]));
    expect(row!.codes).toBe(60);
    const figures = [row!.buildMs, row!.bytesPerCodeGz, row!.firstUseKbGz, row!.largestShardKbGz];
    for (const kind of ["exact", "partial", "word"] as const) figures.push(row![kind].p50, row![kind].p95);
    for (const f of figures) expect(Number.isFinite(f)).toBe(true);
    expect(row!.bytesPerCodeGz).toBeGreaterThan(0);
    expect(row!.firstUseKbGz).toBeGreaterThan(0);
    expect(worstP95(row!)).toBe(Math.max(row!.exact.p95, row!.partial.p95, row!.word.p95));
  });

  it("counts every shard on first use up to LOCAL_MAX_CODES, and only the manifest above it", () => {
    const sizes = { firstUseGz: 500_000, manifestGz: 300 };
    expect(firstUseBytesGz({ codes: LOCAL_MAX_CODES, ...sizes })).toBe(500_000);
    expect(firstUseBytesGz({ codes: LOCAL_MAX_CODES + 1, ...sizes })).toBe(300);
  });
});
