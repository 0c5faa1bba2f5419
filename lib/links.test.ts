import { describe, expect, it } from "vitest";
import { markdownLink, shortLink, shortPath } from "./links";

describe("short links", () => {
  it("keeps the code as written, colons included", () => {
    expect(shortPath("AUTH_001")).toBe("/e/AUTH_001");
    expect(shortPath("user:not_found")).toBe("/e/user:not_found");
    expect(shortPath("AUT-1002")).toBe("/e/AUT-1002");
  });

  it("is absolute on the given origin", () => {
    expect(shortLink("AUTH_001", "https://errors.example.com")).toBe("https://errors.example.com/e/AUTH_001");
  });

  it("copies as Markdown with the title, or the message when there is none", () => {
    expect(markdownLink({ code: "AUTH_001", message: "Missing or invalid authentication token" }, "https://x.test")).toBe(
      "[AUTH_001: Missing or invalid authentication token](https://x.test/e/AUTH_001)",
    );
    expect(markdownLink({ code: "AUT-1002", title: "Invalid Username or Password", message: "…" }, "https://x.test")).toBe(
      "[AUT-1002: Invalid Username or Password](https://x.test/e/AUT-1002)",
    );
  });

  it("escapes brackets so a message cannot end the link label early", () => {
    expect(markdownLink({ code: "X_1", message: "a ] b [c](javascript:x)" }, "https://x.test")).toBe(
      "[X_1: a \\] b \\[c\\](javascript:x)](https://x.test/e/X_1)",
    );
  });
});
