import { describe, expect, it } from "vitest";
import { originNotice } from "./origin-notice";

describe("originNotice", () => {
  it("warns when no public origin is set, naming the variable and the origin links will use", () => {
    expect(originNotice({})).toMatch(/^ERRATA_ORIGIN is not set: .*http:\/\/localhost:3000/);
    expect(originNotice({ ERRATA_ORIGIN: "  " })).toBeDefined();
  });

  it("is quiet when any of the variables lib/site.ts reads is set", () => {
    expect(originNotice({ ERRATA_ORIGIN: "https://errors.example.com" })).toBeUndefined();
    expect(originNotice({ ERRATA_SITE_URL: "https://errors.example.com" })).toBeUndefined();
    expect(originNotice({ NEXT_PUBLIC_ERRATA_ORIGIN: "https://errors.example.com" })).toBeUndefined();
  });
});
