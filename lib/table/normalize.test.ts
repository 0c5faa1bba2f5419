import { describe, expect, it } from "vitest";
import { fold, filterRanges, matchesTerms, filterTerms, searchText } from "./normalize";

describe("filter normalization", () => {
  it("folds case and separators", () => {
    expect(fold("AUTH_001")).toBe("auth001");
    expect(fold("user:not_found")).toBe("usernotfound");
    expect(fold("AUT-1002")).toBe("aut1002");
  });

  it.each(["auth 001", "auth-001", "AUTH_001", "auth001", "Auth.001", "  auth   001 "])("%j finds AUTH_001", (q) => {
    expect(matchesTerms(searchText(["AUTH_001", "Missing token"]), filterTerms(q))).toBe(true);
  });

  it("needs every term, each within one field", () => {
    const text = searchText(["AUTH_001", "Missing or invalid token"]);
    expect(matchesTerms(text, filterTerms("invalid token"))).toBe(true);
    expect(matchesTerms(text, filterTerms("invalid expired"))).toBe(false);
    // "001missing" only exists across the code/message boundary.
    expect(matchesTerms(text, filterTerms("001missing"))).toBe(false);
  });

  it("an empty or separator-only query has no terms and matches everything", () => {
    expect(filterTerms("  -_: ")).toEqual([]);
    expect(matchesTerms("anything", [])).toBe(true);
  });

  it("highlights the whole folded query in the original text", () => {
    expect(filterRanges("AUTH_001", "auth 001")).toEqual([[0, 8]]);
    expect(filterRanges("user:not_found", "notfound")).toEqual([[5, 14]]);
  });

  it("falls back to highlighting each term", () => {
    const text = "Missing or invalid token";
    const ranges = filterRanges(text, "token missing");
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(["Missing", "token"]);
  });

  it("highlights nothing without terms", () => {
    expect(filterRanges("AUTH_001", "")).toEqual([]);
  });
});
