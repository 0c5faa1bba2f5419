import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BUILTIN_ENVELOPES } from "../formats/builtin";
import { envelopeBodySchema } from "../formats/json-schema";
import { schemaValidator } from "../formats/validate";
import { timestampProblem } from "./inputs";

const zodAccepts = (v: string) => z.iso.datetime({ offset: true }).safeParse(v).success;
// The flat-error-code envelope's schema, as downloaded: a timestamp the mock accepts must be valid there too.
const validate = schemaValidator(envelopeBodySchema(BUILTIN_ENVELOPES["flat-error-code"]));
const schemaAccepts = (v: string) => validate({ error: "m", error_code: "C", timestamp: v }).length === 0;

describe("timestampProblem", () => {
  it("agrees with zod's ISO date-time on dates, near-dates and noise, and never lets through a timestamp the envelope's JSON Schema refuses", () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, "0"));
    const nearDate = fc
      .tuple(
        digits(4, 9999),
        digits(2, 13),
        digits(2, 32),
        digits(2, 25),
        digits(2, 61),
        digits(2, 61),
        fc.constantFrom("", ".5", ".123456", "."),
        fc.constantFrom("Z", "+01:00", "-23:59", "+24:00", "", "z", "+0100"),
      )
      .map(([y, mo, d, h, mi, s, frac, off]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${off}`);
    fc.assert(
      fc.property(
        fc.oneof(
          nearDate,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        (v) => {
          expect(timestampProblem(v) === undefined, v).toBe(zodAccepts(v));
          if (timestampProblem(v) === undefined) expect(schemaAccepts(v), v).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    expect(timestampProblem("2024-02-29T00:00:00Z")).toBeUndefined();
    expect(timestampProblem("2025-02-29T00:00:00Z")).toBeDefined();
  });
});
