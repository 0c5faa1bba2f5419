import { describe, expect, it } from "vitest";
import { throughputRatios } from "./load-ratio";

describe("throughputRatios", () => {
  it("judges prerendered pages by ≥ 0.5× the static server's requests/s and ≤ 2× its p99; other rows are informational", () => {
    const [home, code, short] = throughputRatios([
      { path: "/", prerendered: true, server: { rps: 500, p99: 100 }, static: { rps: 1000, p99: 50 } },
      { path: "/c", prerendered: true, server: { rps: 400, p99: 90 }, static: { rps: 1000, p99: 50 } },
      { path: "/e/X", prerendered: false, server: { rps: 100, p99: 500 }, static: { rps: 1000, p99: 0 } },
    ]);
    expect(home).toMatchObject({ rpsRatio: 0.5, p99Ratio: 2, meets: true });
    expect(code).toMatchObject({ rpsRatio: 0.4, p99Ratio: 1.8, meets: false });
    expect(short).toMatchObject({ rpsRatio: 0.1, p99Ratio: 500, meets: null });
  });
});
