import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { API_CSP, baseHeaders, cspHash, pageCsp } from "./csp";
import { entryStyleHashes, inlineHashes, policyFor, routeOfHtmlFile, siteStyles, type CspManifest } from "./csp-manifest";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("inlineHashes", () => {
  it("hashes inline scripts and styles exactly as written, skipping external scripts", () => {
    const html = `<script src="/_next/a.js" async=""></script><script>self.x=1</script><script id="_R_">a("</div>")</script><style>b{}</style><script>self.x=1</script>`;
    expect(inlineHashes(html)).toEqual({ scripts: [sha("self.x=1"), sha('a("</div>")')], styles: [sha("b{}")] });
  });
});

describe("routeOfHtmlFile", () => {
  it("maps prerendered files to URL paths", () => {
    expect(routeOfHtmlFile("index.html")).toBe("/");
    expect(routeOfHtmlFile("catalogs/auth-service/app-002.html")).toBe("/catalogs/auth-service/app-002");
  });
});

describe("policyFor", () => {
  const manifest: CspManifest = {
    version: 1,
    pages: { "/": { scripts: ["'sha256-home'"], styles: [] }, "/_not-found": { scripts: ["'sha256-404'"], styles: [] } },
  };
  it("finds the page, ignoring a trailing slash", () => {
    expect(policyFor(manifest, "/")).toEqual({ policy: { scripts: ["'sha256-home'"], styles: [] }, prerendered: true });
  });
  it("falls back to the not-found page, or to no hashes at all", () => {
    expect(policyFor(manifest, "/nope/")).toEqual({ policy: { scripts: ["'sha256-404'"], styles: [] }, prerendered: false });
    expect(policyFor(undefined, "/")).toEqual({ policy: { scripts: [], styles: [] }, prerendered: false });
  });
  it("allows every route's inline stylesheet on every page, for client-side navigations", () => {
    const pages = {
      "/": { scripts: ["'sha256-home'"], styles: ["'sha256-base'"] },
      "/catalogs/a": { scripts: [], styles: ["'sha256-base'", "'sha256-table'"] },
      "/guides/g": { scripts: [], styles: ["'sha256-guide'", "'sha256-base'"] },
    };
    const styles = siteStyles(pages);
    expect(styles).toEqual(["'sha256-base'", "'sha256-guide'", "'sha256-table'"]);
    const home = policyFor({ version: 1, pages, styles }, "/").policy;
    expect(home.scripts).toEqual(["'sha256-home'"]);
    expect([...home.styles].sort()).toEqual(styles);
  });
});

describe("pageCsp", () => {
  const csp = pageCsp({ scripts: ["'sha256-a'"], styles: [] }, false);
  it("allows no inline or eval'd script", () => {
    expect(csp).toContain("script-src 'self' 'sha256-a';");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toMatch(/unsafe-inline/);
  });
  it("locks down objects, base and framing", () => {
    for (const d of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(pageCsp({ scripts: [], styles: [] }, true)).toContain("upgrade-insecure-requests");
  });
  it("hashes next-themes' transition style", () => {
    expect(csp).toContain(
      cspHash(
        "*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}",
      ),
    );
  });
});

describe("baseHeaders", () => {
  it("sends HSTS only over HTTPS", () => {
    expect(baseHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(baseHeaders(true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(baseHeaders(false)).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(API_CSP).toMatch(/^default-src 'none'/);
  });
  it("hands out frozen objects, shared by every request, that no caller can change", () => {
    expect(Object.isFrozen(baseHeaders(false)) && Object.isFrozen(baseHeaders(true))).toBe(true);
    expect(baseHeaders(true)).toBe(baseHeaders(true));
  });
});

describe("styles of routes rendered on request", () => {
  it("hash the route's CSS files merged in order, once each, as the inlined <style> holds them", () => {
    const entries = {
      "[project]/app/layout": [
        { path: "a.css", content: "a{}" },
        { path: "b.css", content: "b{}" },
      ],
      "[project]/app/not-found": [{ path: "a.css", content: "a{}" }],
      "[project]/app/search/page": [
        { path: "a.css", content: "a{}" },
        { path: "b.css", content: "b{}" },
        { path: "c.css", content: "c{}" },
      ],
    };
    expect(entryStyleHashes(entries)).toEqual([sha("a{}b{}c{}")]);
    expect(
      entryStyleHashes({
        "[project]/app/layout": [{ path: "a.css", content: "a{}" }],
        "[project]/app/x/page": [{ path: "c.css", content: "c{}" }],
        "[project]/app/y": [{ path: "d.css", content: "d{}" }],
      }),
    ).toEqual([sha("a{}c{}d{}"), sha("a{}c{}")]);
  });
});
