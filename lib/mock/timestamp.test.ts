import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flatErrorCodeBodySchema } from "../formats/schemas";
import { timestampProblem } from "./inputs";

const zodAccepts = (v: string) => flatErrorCodeBodySchema.shape.timestamp.safeParse(v).success;

describe("timestampProblem", () => {
  it("agrees with the envelope's zod schema on dates, near-dates and noise", () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, "0"));
    const nearDate = fc
      .tuple(digits(4, 9999), digits(2, 13), digits(2, 32), digits(2, 25), digits(2, 61), digits(2, 61),
        fc.constantFrom("", ".5", ".123456", "."), fc.constantFrom("Z", "+01:00", "-23:59", "+24:00", "", "z", "+0100"))
      .map(([y, mo, d, h, mi, s, frac, off]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${off}`);
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()), (v) => {
        expect(timestampProblem(v) === undefined, v).toBe(zodAccepts(v));
      }),
      { numRuns: 3000 },
    );
    expect(timestampProblem("2024-02-29T00:00:00Z")).toBeUndefined();
    expect(timestampProblem("2025-02-29T00:00:00Z")).toBeDefined();
  });
});
