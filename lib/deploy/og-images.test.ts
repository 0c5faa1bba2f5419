import { describe, expect, it } from "vitest";
import { OG_PRERENDER_MAX_CODES, ogPrerenderMaxCodes, ogPrerenderParams } from "./og-images";

const codes = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `C${i}` }));

describe("ogPrerenderParams", () => {
  it("draws every card at build time up to the limit", () => {
    expect(ogPrerenderParams(codes(181), {})).toHaveLength(181);
    expect(ogPrerenderParams(codes(OG_PRERENDER_MAX_CODES), {})).toHaveLength(OG_PRERENDER_MAX_CODES);
  });

  it("draws none at build time past the limit: a server draws them on request", () => {
    expect(ogPrerenderParams(codes(OG_PRERENDER_MAX_CODES + 1), {})).toEqual([]);
    expect(ogPrerenderParams(codes(10_000), {})).toEqual([]);
  });

  it("always draws every card for a static export, which has no server to draw them later", () => {
    expect(ogPrerenderParams(codes(10_000), { ERRATA_STATIC: "1" })).toHaveLength(10_000);
  });

  it("takes a lower limit from the environment and refuses a malformed one", () => {
    expect(ogPrerenderParams(codes(3), { ERRATA_OG_PRERENDER_MAX_CODES: "0" })).toEqual([]);
    expect(ogPrerenderMaxCodes({ ERRATA_OG_PRERENDER_MAX_CODES: "" })).toBe(OG_PRERENDER_MAX_CODES);
    expect(() => ogPrerenderMaxCodes({ ERRATA_OG_PRERENDER_MAX_CODES: "-1" })).toThrow(/ERRATA_OG_PRERENDER_MAX_CODES.*"-1"/);
    expect(() => ogPrerenderMaxCodes({ ERRATA_OG_PRERENDER_MAX_CODES: "lots" })).toThrow(/whole number/);
  });
});
