import { describe, expect, it } from "vitest";
import { run } from "./test-scores";
import { lighthouseRatio, medianScores, tbtAllowanceMs } from "./ratio";

describe("lighthouseRatio", () => {
  it("divides Errata's median by the bare page's median of the same run, not run by run", () => {
    const bare = [100, 200, 300].map((lcpMs) => run({ lcpMs }));
    const errata = [110, 230, 900].map((lcpMs) => run({ lcpMs }));
    const r = lighthouseRatio(bare, errata);
    // median(110, 230, 900) / median(100, 200, 300) = 230 / 200; a mean of per-run ratios would give 1.55.
    expect(r.lcp).toBe(1.15);
    expect(r.bare.lcpMs).toBe(200);
    expect(r.runs).toBe(3);
  });

  it("keeps the bare medians beside the ratios, and judges TBT against max(1.5 × bare, bare + 30 ms)", () => {
    const r = lighthouseRatio(
      [run({ fcpMs: 800, tbtMs: 0, performance: 100 }), run({ fcpMs: 900, tbtMs: 10, performance: 99 }), run({ fcpMs: 1000, tbtMs: 20 })],
      [run({ fcpMs: 850, tbtMs: 30, performance: 97 }), run({ fcpMs: 950, tbtMs: 40, performance: 96 }), run({ fcpMs: 1200, tbtMs: 50 })],
    );
    expect(r.bare).toEqual({ lcpMs: 1000, tbtMs: 10, fcpMs: 900, performance: 100 });
    expect(r.fcp).toBe(1.056);
    expect(r.tbt).toBe(4);
    // Allowance: max(15, 40) = 40 ms; Errata's median is 40 ms.
    expect(r.tbtOverAllowance).toBe(1);
    expect(r.performanceDelta).toBe(-3);
  });

  it("has no TBT ratio to a zero floor, but still an allowance of 30 ms", () => {
    const r = lighthouseRatio([run({ tbtMs: 0 })], [run({ tbtMs: 45 })]);
    expect(r.tbt).toBeNull();
    expect(tbtAllowanceMs(0)).toBe(30);
    expect(r.tbtOverAllowance).toBe(1.5);
    expect(tbtAllowanceMs(100)).toBe(150);
  });

  it("refuses an empty side", () => {
    expect(() => lighthouseRatio([], [run({})])).toThrow();
  });
});

describe("medianScores", () => {
  it("takes each figure's median on its own", () => {
    const m = medianScores([run({ lcpMs: 1, cls: 0.1 }), run({ lcpMs: 3, cls: 0 }), run({ lcpMs: 2, cls: 0 })]);
    expect(m.lcpMs).toBe(2);
    expect(m.cls).toBe(0);
  });
});
