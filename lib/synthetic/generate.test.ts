import { describe, expect, it } from "vitest";
import { catalogSchema } from "../catalog/schema";
import { checkRules } from "../catalog/rules";
import { syntheticCatalogs } from "./generate";

describe("syntheticCatalogs", () => {
  it("makes exactly the requested number of codes, valid and unique", () => {
    const catalogs = syntheticCatalogs({ codes: 5003, seed: 7 });
    expect(catalogs.reduce((n, c) => n + c.errors.length, 0)).toBe(5003);
    for (const c of catalogs) {
      expect(catalogSchema.safeParse(c).success).toBe(true);
      expect(checkRules(c)).toEqual([]);
      expect(new Set(c.errors.map((e) => e.code.toLowerCase())).size).toBe(c.errors.length);
    }
  });

  it("is deterministic for a seed", () => {
    expect(syntheticCatalogs({ codes: 50, seed: 3 })).toEqual(syntheticCatalogs({ codes: 50, seed: 3 }));
    expect(syntheticCatalogs({ codes: 50, seed: 3 })).not.toEqual(syntheticCatalogs({ codes: 50, seed: 4 }));
  });
});
