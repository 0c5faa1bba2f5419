import { expect, test, type Page } from "./fixtures";
import { PROBE_TARGETS } from "../lib/security/probe-targets";
import { rawRequest } from "./raw-http";

/** Records CSP violations (the DOM event and Chromium's console report) from the first byte of every document. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`,
      );
    });
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (e) => violations.push(`pageerror: ${e.message}`));
  return violations;
}

test.describe("Content-Security-Policy", () => {
  for (const target of PROBE_TARGETS) {
    test(`${target.name} (${target.path}) hydrates and works with zero CSP violations`, async ({ page }) => {
      const violations = await watchCsp(page);
      const response = await page.goto(target.path);
      expect(response?.status()).toBe(target.status);
      const csp = response?.headers()["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self'( '(sha256|nonce)-[A-Za-z0-9+/=]+')+;/);

      // The theme toggle only changes its label once React has hydrated (and next-themes inserts its style element).
      const toggle = page.getByRole("button", { name: /^Theme: / });
      await expect(toggle).toHaveAccessibleName(/^Theme: system/);
      await toggle.click();
      await expect(toggle).toHaveAccessibleName(/^Theme: light/);
      await expect(page.locator("html")).toHaveClass(/\blight\b/);
      await toggle.click();
      await expect(page.locator("html")).toHaveClass(/\bdark\b/);

      if (target.interact === "client-navigation") {
        // A client-side navigation fetches the RSC payload (connect-src) and runs no new inline script.
        await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
        await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "All errors" }).click();
        await expect(page).toHaveURL(/\/catalogs\/all$/);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      }
      if (target.interact === "triage") {
        await page.getByLabel("Paste a log, a ticket thread or error bodies").fill('ERROR {"error":{"code":"AUTH_001","message":"x"}}');
        await page.getByRole("button", { name: "Triage" }).click();
        await expect(page.getByRole("region", { name: /1 code found/ })).toBeVisible();
      }
      expect(violations).toEqual([]);
    });
  }

  test("an inline script the build did not hash is blocked", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/");
    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = 1";
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: number }).__injected;
    });
    expect(ran).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/script-src/);
  });
});

test.describe("security headers", () => {
  const common = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-resource-policy": "same-origin",
  };

  // The e2e server trusts a TLS proxy (ERRATA_TRUST_PROXY=1): answers made per request follow its X-Forwarded-Proto,
  // while prerendered (cacheable) pages never depend on a request header and always carry HSTS there.
  const prerendered = new Set(["/", "/catalogs/auth-service/auth-001"]);
  for (const path of ["/", "/catalogs/auth-service/auth-001", "/api/errors", "/no-such-page", "/e/%E0%A4%A"]) {
    test(`${path} carries the common headers, and HSTS only over https`, async ({ request }) => {
      const plain = await request.get(path, { maxRedirects: 0 });
      expect(plain.headers()).toMatchObject(common);
      expect(plain.headers()["permissions-policy"]).toContain("camera=()");
      if (prerendered.has(path)) expect(plain.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
      else expect(plain.headers()["strict-transport-security"]).toBeUndefined();
      const csp = plain.headers()["content-security-policy"] ?? "";
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'none'");
      if (/json/.test(plain.headers()["content-type"] ?? "")) expect(csp).toMatch(/^default-src 'none'/);
      else expect(csp).toContain("object-src 'none'");
      const tls = await request.get(path, { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 });
      expect(tls.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
    });
  }

  test("an encoded spelling of a real path gets one 308 to its canonical spelling, never a 500 (issue 18, rows 1 and 5)", async ({
    request,
  }) => {
    const spellings: [string, string][] = [
      ["/catalogs/%61ll", "/catalogs/all"],
      ["/catalogs/al%6c", "/catalogs/all"],
      ["/catalogs/identity-platform/aut%2D0010", "/catalogs/identity-platform/aut-0010"],
    ];
    for (const [spelled, canonical] of spellings) {
      for (const method of ["GET", "HEAD"] as const) {
        const r = await request.fetch(spelled, { method, maxRedirects: 0 });
        expect(r.status(), `${method} ${spelled}`).toBe(308);
        expect(new URL(r.headers()["location"]!, "http://x").pathname).toBe(canonical);
      }
      const followed = await request.get(spelled);
      expect(followed.status()).toBe(200);
    }
  });

  test("trailing and repeated slashes and backslashes get one 308 with the security headers (issue 18, row 10)", async ({ baseURL }) => {
    for (const [spelled, canonical] of [
      ["/catalogs/all/", "/catalogs/all"],
      ["/catalogs/auth-service/auth-001/", "/catalogs/auth-service/auth-001"],
      ["//catalogs/all", "/catalogs/all"],
      ["/catalogs//auth-service/auth-001?x=a//b", "/catalogs/auth-service/auth-001?x=a//b"],
      ["/catalogs\\all", "/catalogs/all"],
    ] as const) {
      const r = await rawRequest(baseURL!, `GET ${spelled} HTTP/1.1`);
      expect(r.status, spelled).toBe(308);
      const location = new URL(r.headers["location"]!, "http://x");
      // Next re-serializes the query (a//b as a%2F%2Fb): the same query.
      expect(location.pathname + decodeURIComponent(location.search), spelled).toBe(canonical);
      expect(r.headers["x-content-type-options"], spelled).toBe("nosniff");
      expect(r.headers["cross-origin-resource-policy"], spelled).toBe("same-origin");
      expect(r.headers["content-security-policy"], spelled).toContain("frame-ancestors 'none'");
    }
  });

  test("request targets Next answers badly by itself get a deliberate answer (issue 18, row 4)", async ({ baseURL }) => {
    // OPTIONS * asks about the server: the methods every page takes.
    const options = await rawRequest(baseURL!, "OPTIONS * HTTP/1.1");
    expect(options.status).toBe(204);
    expect(options.headers["allow"]).toBe("GET, HEAD, OPTIONS");
    // Any other method with "*": a 400 naming the path, not a page.
    const star = await rawRequest(baseURL!, "GET * HTTP/1.1");
    expect(star.status).toBe(400);
    expect(JSON.parse(star.body)).toMatchObject({ status: 400, parameter: "path" });
    // An absolute-form target is served as its path (Next alone answers a 308 to the same URL, forever).
    const absolute = await rawRequest(baseURL!, `GET ${baseURL}/catalogs/all HTTP/1.1`);
    expect(absolute.status).toBe(200);
    expect(absolute.body).toContain("All catalogs");
  });

  test("Next's internal error pages are not pages of the site, and are never cacheable (issue 18, row 8)", async ({ request }) => {
    for (const path of ["/_global-error", "/_not-found"]) {
      const r = await request.get(path, { maxRedirects: 0 });
      expect(r.status(), path).toBe(404);
      expect(r.headers()["cache-control"]).toBe("no-store");
    }
  });

  test("X-Forwarded-Proto counts only from the trusted proxy, its last hop, with Vary, and never varies a prerendered page (issue 18, row 7)", async ({
    request,
  }) => {
    // A page rendered per request: the last hop decides, and the answer says it varies on the header.
    const spoofed = await request.get("/search?q=token", { headers: { "x-forwarded-proto": "https, http" } });
    expect(spoofed.headers()["strict-transport-security"]).toBeUndefined();
    const behindTls = await request.get("/api/errors", { headers: { "x-forwarded-proto": "http, https" } });
    expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(behindTls.headers()["vary"]).toMatch(/X-Forwarded-Proto/i);
    // A prerendered (cacheable) page does not depend on the header at all: behind the trusted proxy it always has HSTS.
    for (const proto of ["https, http", "http, https"]) {
      expect((await request.get("/", { headers: { "x-forwarded-proto": proto } })).headers()["strict-transport-security"]).toMatch(
        /^max-age/,
      );
    }
  });

  test("build assets are nosniff too", async ({ request, page }) => {
    await page.goto("/");
    const src = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const asset = await request.get(src!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
