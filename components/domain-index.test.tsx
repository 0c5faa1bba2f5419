import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { domainPages, domainPath } from "@/lib/catalog/domains";
import { realStyleCatalogs } from "@/lib/synthetic/real-style";
import { DomainIndex } from "./domain-index";

describe("a large catalog's domain index", () => {
  const [payments] = realStyleCatalogs(3_000);

  it("links every domain's page, and its rows count every code once", () => {
    const $ = load(renderToStaticMarkup(<DomainIndex catalog={payments!} />));
    const pages = domainPages(payments!);
    expect(pages).toHaveLength(30);
    expect(
      $("tbody th a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(pages.map((p) => domainPath(payments!.slug, p.slug)));
    const counts = $("tbody tr")
      .map((_, tr) => Number($(tr).find("td").first().text()))
      .get();
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2_000);
    expect($("section").attr("aria-label")).toBe(`Domains of ${payments!.service.name}`);
    expect($("caption").text()).toContain(payments!.service.name);
  });
});
