import { describe, expect, it } from "vitest";
import { crawl, extractHrefs, extractIds, sitemapPaths, type Fetcher } from "./link-check";

const site: Record<string, string> = {
  "/": '<a href="/a">a</a> <a href="/b#top">b</a> <a href="https://elsewhere.example/x">x</a> <a href="/a#missing">m</a>',
  "/a": '<h1 id="title">A</h1><a href="/nowhere">dead</a><a href="/?q=1&amp;r=2">q</a>',
  "/b": '<div id="top"></div>',
  "/?q=1&r=2": "<p>query</p>",
};
const fetcher: Fetcher = async (url) => {
  const p = url.replace("http://t", "");
  const html = site[p];
  return { status: html === undefined ? 404 : 200, url, html: html ?? "", type: "text/html" };
};

describe("crawl", () => {
  it("reports dead pages and missing anchors, ignoring other origins", async () => {
    const result = await crawl("http://t", ["/"], fetcher);
    expect(result.broken).toEqual([
      { from: "/", href: "/a#missing", problem: 'no element with id "missing"' },
      { from: "/a", href: "/nowhere", problem: "status 404" },
    ]);
    expect(result.links).toBe(5);
  });
});

describe("extractors", () => {
  it("reads hrefs and ids with entities decoded", () => {
    expect(extractHrefs('<a class="x" href="/p?a=1&amp;b=2">')).toEqual(["/p?a=1&b=2"]);
    expect([...extractIds('<tr id="user:not_found"><a name="old">')]).toEqual(["user:not_found", "old"]);
    expect(sitemapPaths("<urlset><url><loc>https://e.example/catalogs/a</loc></url></urlset>")).toEqual(["/catalogs/a"]);
  });
});
