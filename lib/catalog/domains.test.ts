import { describe, expect, it } from "vitest";
import { syntheticCatalogs } from "../synthetic/generate";
import { domainHref, domainPages, domainSlugs, isSplit, SPLIT_ABOVE } from "./domains";
import { parseCatalog } from "./parse";

describe("domain pages", () => {
  it("gives every domain a distinct slug, numbering clashes and naming ones with no letters", () => {
    const slugs = domainSlugs({ domains: [{ name: "Rate limit" }, { name: "rate-limit" }, { name: "日本" }, { name: "Rate  Limit!" }] });
    expect([...slugs.values()]).toEqual(["rate-limit", "rate-limit-2", "domain-3", "rate-limit-3"]);
  });

  it("splits a catalog past the split size into domain pages that hold every code once", () => {
    const [big] = syntheticCatalogs({ codes: 2_000, catalogs: 1 });
    expect(isSplit(big!)).toBe(true);
    const pages = domainPages(big!);
    expect(pages.flatMap((p) => p.entries.map((e) => e.code)).sort()).toEqual(big!.errors.map((e) => e.code).sort());
    const domain = pages[0]!.domain.name;
    expect(domainHref(big!, domain, "x")).toBe(`/catalogs/${big!.slug}/domains/${pages[0]!.slug}`);
    const [small] = syntheticCatalogs({ codes: SPLIT_ABOVE, catalogs: 1 });
    expect(isSplit(small!)).toBe(false);
    expect(domainHref(small!, domain, "domain-x")).toBe(`/catalogs/${small!.slug}#domain-x`);
  });

  it("refuses a code whose page would be the domains segment", () => {
    const yaml = `slug: demo\nservice: {name: Demo, documented: true}\ndescription: d\nenvelope: {format: nested-error, example: '{"error": {"code": "E1", "message": "m"}}', documented: true}\ndomains: [{name: D}]\nerrors:\n  - code: DOMAINS\n    domain: D\n    message: m\n`;
    expect(parseCatalog(yaml, "demo.yaml").issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '7: "DOMAINS" would have the page /catalogs/demo/domains, which holds the catalog\'s domain pages; no code may have the slug "domains"',
    ]);
  });
});
