import { describe, expect, it } from "vitest";
import { isSafeHref, splitLinks } from "./safe-links";

describe("isSafeHref", () => {
  it.each(["https://example.com/a", "/catalogs/authos", "#AUTH_001"])("allows %s", (href) => expect(isSafeHref(href)).toBe(true));
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,x",
    "http://example.com",
    "//evil.example",
    "vbscript:x",
    "/\\evil",
  ])("refuses %s", (href) => expect(isSafeHref(href)).toBe(false));
});

describe("splitLinks", () => {
  it("turns safe markdown links into link parts and keeps the rest as text", () => {
    expect(splitLinks("See [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) and [x](javascript:alert(1)).")).toEqual([
      { text: "See " },
      { text: "RFC 9457", href: "https://www.rfc-editor.org/rfc/rfc9457" },
      { text: " and [x](javascript:alert(1))." },
    ]);
  });
  it("returns plain text untouched", () => {
    expect(splitLinks("<script>{x}</script>")).toEqual([{ text: "<script>{x}</script>" }]);
  });
});
