import { describe, expect, it } from "vitest";
import { benchSearch } from "../search/bench";
import { SHARD_MAX_GZ } from "../search/manifest";
import { FIRST_USE_MAX_GZ } from "../search/strategy";
import { toSearchRows, worstP95 } from "./search-rows";

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

  it("first use: every shard while they fit the budget; past it the manifest with /api/search, or one shard file without", () => {
    const [small, big] = benchSearch([60, 3000]);
    expect(small!.allShardsGz - small!.manifestGz).toBeLessThanOrEqual(FIRST_USE_MAX_GZ);
    expect(small!.firstUseGz).toBe(small!.allShardsGz);
    // The static manifest says searchApi: false, a byte longer than the server's, which gzip may make a byte or two
    // either way.
    expect(small!.firstUseStaticGz - small!.allShardsGz).toBeGreaterThanOrEqual(-2);
    expect(small!.firstUseStaticGz - small!.allShardsGz).toBeLessThan(10);
    expect(big!.allShardsGz - big!.manifestGz).toBeGreaterThan(FIRST_USE_MAX_GZ);
    expect(big!.firstUseGz).toBe(big!.manifestGz);
    expect(big!.shardFiles).toBeGreaterThan(2);
    expect(big!.largestShardGz).toBeLessThanOrEqual(SHARD_MAX_GZ);
    expect(big!.firstUseStaticGz - big!.largestShardGz).toBeGreaterThanOrEqual(big!.manifestGz - 2);
    expect(big!.firstUseStaticGz - big!.largestShardGz).toBeLessThan(big!.manifestGz + 10);
    const [, row] = toSearchRows([small!, big!]);
    expect(row!.firstUseKbGz).toBe(Math.round(big!.manifestGz / 100) / 10);
    expect(row!.firstUseStaticKbGz).toBeLessThanOrEqual(FIRST_USE_MAX_GZ / 1000);
  }, 60_000);
});
