import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutPoint } from "./cut-point";
import { createTriage, mergeTriage, triageText } from "./engine";
import { syntheticLog } from "./synthetic-log";
import { testCatalogs, testIndex } from "./test-catalogs";

const log = syntheticLog(testCatalogs(), { seed: 7, events: 300 }).text;

/** Triage of each part apart, then merged. */
function inParts(text: string, cuts: number[]) {
  const bounds = [0, ...cuts, text.length];
  const parts = bounds.slice(1).map((end, i) => {
    const t = createTriage(testIndex());
    t.push(text.slice(bounds[i], end));
    return t.partial();
  });
  return mergeTriage(testIndex(), parts);
}

describe("triage in parallel parts (the CLI's worker threads)", () => {
  it("cuts only before a line that cannot continue a JSON body", () => {
    const window = 'x\n  "code": "A",\n  }\n2026-12-02 ERROR\nnext';
    expect(cutPoint(window)).toBe(window.indexOf("2026"));
    expect(cutPoint('x\n{\n  "a": 1\n')).toBe(-1);
    expect(cutPoint("no line break")).toBe(-1);
  });

  it("gives the same result as triaging the whole log, wherever the safe cuts fall", () => {
    const whole = triageText(testIndex(), log);
    expect(whole.findings.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: log.length - 1 }), { maxLength: 4 }), (targets) => {
        const cuts = [
          ...new Set(
            targets
              .map((t) => {
                const at = cutPoint(log.slice(t, t + 20_000));
                return at < 0 ? -1 : t + at;
              })
              .filter((c) => c > 0),
          ),
        ].sort((a, b) => a - b);
        expect(inParts(log, cuts)).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });
});
