import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { expectNoAxeViolationsInBothSchemes } from "./axe";
import { entries } from "./catalog-data";
import { listedPaths } from "../lib/published-urls";
import { crawl, fetchFollowing, sitemapPaths } from "../lib/link-check";
import { markdownLink, shortLink } from "../lib/links";

const SPELLINGS: [string, string][] = [
  ["/e/auth-001", "/catalogs/auth-service/auth-001"],
  ["/e/Auth_001", "/catalogs/auth-service/auth-001"],
  ["/e/AUTH_001", "/catalogs/auth-service/auth-001"],
  ["/e/USER:NOT_FOUND", "/catalogs/accounts/user-not-found"],
  ["/e/user-not-found", "/catalogs/accounts/user-not-found"],
  ["/e/aut1002", "/catalogs/identity-platform/aut-1002"],
  ["/e/AUT-1002", "/catalogs/identity-platform/aut-1002"],
  ["/e/token_expired", "/catalogs/authos/token-expired"],
];

test.describe("short links", () => {
  for (const [from, to] of SPELLINGS) {
    test(`${from} redirects permanently to ${to}`, async ({ request }) => {
      const res = await request.get(from, { maxRedirects: 0 });
      expect(res.status()).toBe(308);
      expect(new URL(res.headers()["location"]!, "http://x").pathname).toBe(to);
    });
  }

  // Plain HTTP, one test per catalog: the work grows with the catalogs, not one test's time.
  const key = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");
  for (const slug of [...new Set(entries.map((e) => e.catalog))]) {
    test(`every ${slug} code's own short link lands on its page`, async ({ request }) => {
      const unique = entries.filter((e) => e.catalog === slug && entries.filter((o) => key(o.code) === key(e.code)).length === 1);
      expect(unique.length).toBeGreaterThan(0);
      for (const e of unique) {
        const res = await request.get(`/e/${encodeURIComponent(e.code)}`, { maxRedirects: 0 });
        expect(res.status(), e.code).toBe(308);
        expect(new URL(res.headers()["location"]!, "http://x").pathname, e.code).toBe(e.url);
      }
    });
  }

  test("a code in two catalogs gets a disambiguation page with status 200", async ({ page }) => {
    const res = await page.goto("/e/forbidden");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("FORBIDDEN is used by 2 catalogs");
    const items = page.locator(".choice");
    await expect(items).toHaveCount(2);
    for (const e of entries.filter((x) => x.code === "FORBIDDEN")) {
      const item = items.filter({ has: page.locator(`a[href="${e.url}"]`) });
      await expect(item).toContainText(e.message);
      await expect(item.locator(".badge")).toHaveText("403 Forbidden");
    }
    await items.first().getByRole("link").click();
    await expect(page).toHaveURL(/\/catalogs\/(accounts|authos)\/forbidden$/);
  });

  test("an unknown code is a real 404 that suggests the nearest code and offers search", async ({ page }) => {
    const res = await page.goto("/e/AUTH_0001");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No code AUTH_0001");
    const first = page.getByRole("list").filter({ has: page.locator('a[href="/catalogs/auth-service/auth-001"]') });
    await expect(first.getByRole("link").first()).toHaveText("AUTH_001");
    const search = page.getByRole("search");
    await expect(search.getByRole("searchbox", { name: "Search the catalogs" })).toHaveValue("AUTH_0001");
    await expect(search).toHaveAttribute("action", "/search");
  });

  test("a page that does not exist is a 404 with its own title and ways back", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page).toHaveTitle("Page not found · Errata");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("main").getByRole("link", { name: "All error codes" })).toHaveAttribute("href", "/catalogs/all");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("an unknown code's 404 is in the HTML itself: heading, nearest code and search, not indexed", async ({ page }) => {
      const res = await page.goto("/e/AUTH_0001");
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("No code AUTH_0001");
      // Next takes a 404's metadata from the not-found boundary (the proxy sets the status), so the tab says so too.
      await expect(page).toHaveTitle("Page not found · Errata");
      await expect(page.locator('main a[href="/catalogs/auth-service/auth-001"]').first()).toHaveText("AUTH_001");
      await expect(page.getByRole("search").getByRole("searchbox", { name: "Search the catalogs" })).toHaveValue("AUTH_0001");
      expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
    });
  });
});

test.describe("code page metadata", () => {
  test("title, description, canonical, Open Graph and Twitter tags", async ({ page }) => {
    await page.goto("/catalogs/auth-service/auth-001");
    await expect(page).toHaveTitle("AUTH_001: Missing or invalid authentication token · Auth Service");
    const meta = (sel: string) => page.locator(sel).getAttribute("content");
    expect(await meta('meta[name="description"]')).toContain("Missing or invalid authentication token");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/catalogs\/auth-service\/auth-001$/);
    expect(await meta('meta[property="og:title"]')).toBe("AUTH_001: Missing or invalid authentication token · Auth Service");
    expect(await meta('meta[property="og:url"]')).toMatch(/\/catalogs\/auth-service\/auth-001$/);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(/\/catalogs\/auth-service\/auth-001\/opengraph-image/);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const png = await page.request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(body.subarray(1, 4).toString()).toBe("PNG");
    expect(body.readUInt32BE(16)).toBe(1200);
  });
});

test.describe("copy buttons", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the code page copies the short link and the Markdown link", async ({ page }) => {
    await page.goto("/catalogs/auth-service/auth-001");
    const entry = entries.find((e) => e.code === "AUTH_001")!;
    await page.getByRole("button", { name: "Copy link to AUTH_001" }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortLink("AUTH_001", await origin(page)));
    await page.getByRole("button", { name: "Copy as Markdown: link to AUTH_001" }).first().click();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toBe(markdownLink(entry, await origin(page)));
    expect(md).toMatch(/^\[AUTH_001: Missing or invalid authentication token\]\(https?:\/\/[^)]+\/e\/AUTH_001\)$/);
  });

  test("where the Clipboard API is refused, copying still works and the keyboard stays on the button", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("refused")) } });
    });
    await page.goto("/catalogs/auth-service/auth-001");
    const button = page.getByRole("button", { name: "Copy link to AUTH_001" }).first();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveText("Copied");
    await expect(button).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Copy as Markdown: link to AUTH_001" }).first()).toBeFocused();
  });

  test("visible button labels are part of their accessible names (WCAG 2.5.3)", async ({ page }) => {
    for (const url of ["/catalogs/identity-platform/aut-0010", "/catalogs/accounts"]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withRules(["label-content-name-mismatch"]).analyze();
      expect(results.violations, url).toEqual([]);
      expect(results.passes.length + results.incomplete.length, url).toBeGreaterThan(0);
    }
  });

  test("every table row has both buttons", async ({ page }) => {
    await page.goto("/catalogs/accounts");
    const row = page.locator('tr[id="user:not_found"]');
    await row.getByRole("button", { name: "Copy link to user:not_found" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/e\/user:not_found$/);
    await row.getByRole("button", { name: "Markdown: copy a link to user:not_found" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^\[user:not_found: User not found\]\(.*\/e\/user:not_found\)$/,
    );
    const rows = await page.locator("tbody tr:not(.group-row)").count();
    await expect(page.locator("tbody tr:not(.group-row) .row-actions button")).toHaveCount(rows * 2);
  });
});

/** The origin the server was built with, read from the copy button (the build, not the test, decides it). */
async function origin(page: import("@playwright/test").Page): Promise<string> {
  const text = await page.locator(".code-links [data-copy-text]").first().getAttribute("data-copy-text");
  return text!.replace(/\/e\/.*$/, "");
}

test.describe("related errors", () => {
  test("token expired lists the same error in the other catalogs and its domain", async ({ page }) => {
    await page.goto("/catalogs/auth-service/auth-002");
    const same = page.getByRole("region", { name: "Same error in other catalogs" });
    await expect(same.getByRole("link", { name: "user:token_expired" })).toHaveAttribute("href", "/catalogs/accounts/user-token-expired");
    await expect(same.getByRole("link", { name: "TOKEN_EXPIRED", exact: true })).toHaveAttribute("href", "/catalogs/authos/token-expired");
    const domain = page.getByRole("region", { name: /^Other .* codes$/ });
    const auth002 = entries.find((e) => e.code === "AUTH_002")!;
    const others = entries.filter((e) => e.catalog === "auth-service" && e.domain === auth002.domain && e.code !== "AUTH_002");
    await expect(domain.getByRole("link")).toHaveCount(others.length);
  });

  test("a pair added in the catalog file shows on both sides", async ({ page }) => {
    await page.goto("/catalogs/accounts/rate-limit-exceeded");
    await expect(
      page.getByRole("region", { name: "Same error in other catalogs" }).getByRole("link", { name: "TOO_MANY_REQUESTS", exact: true }),
    ).toBeVisible();
    await page.goto("/catalogs/authos/too-many-requests");
    await expect(
      page.getByRole("region", { name: "Same error in other catalogs" }).getByRole("link", { name: "rate_limit:exceeded" }),
    ).toBeVisible();
  });
});

test.describe("sitemap and robots", () => {
  test("sitemap.xml lists every page", async ({ request }) => {
    const res = await request.get("/sitemap.xml");
    expect(res.status()).toBe(200);
    const paths = sitemapPaths(await res.text());
    expect(paths).toContain("/");
    expect(paths).toContain("/catalogs/all");
    for (const e of entries) expect(paths).toContain(e.url);
  });

  test("robots.txt allows crawling and names the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toMatch(/Allow: \//);
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});

test.describe("link stability", () => {
  test("every published URL answers 200, or one permanent redirect to a 200", async ({ request }) => {
    test.setTimeout(180_000);
    const listed = listedPaths(readFileSync(path.join(process.cwd(), "content", "published-urls.txt"), "utf8"));
    expect(listed.length).toBeGreaterThan(300);
    const check = async (url: string): Promise<string | undefined> => {
      const res = await request.get(url, { maxRedirects: 0 });
      if (res.status() === 200) return undefined;
      if (res.status() !== 308 && res.status() !== 301) return `${url}: ${res.status()}`;
      const next = new URL(res.headers()["location"]!, "http://x").pathname;
      const final = await request.get(next, { maxRedirects: 0 });
      return final.status() === 200 ? undefined : `${url} → ${next}: ${final.status()}`;
    };
    // A few requests in flight at once, so the server is never idle waiting for the test; listed order is kept.
    const bad: string[] = [];
    for (let i = 0; i < listed.length; i += 6) {
      const problems = await Promise.all(listed.slice(i, i + 6).map(check));
      bad.push(...problems.filter((p): p is string => p !== undefined));
    }
    expect(bad).toEqual([]);
  });
});

test.describe("link check", () => {
  test("no broken internal links or anchors anywhere on the site", async ({ baseURL }) => {
    test.setTimeout(300_000);
    const sitemap = sitemapPaths(await (await fetch(`${baseURL}/sitemap.xml`)).text());
    const result = await crawl(baseURL!, ["/", ...sitemap], fetchFollowing);
    expect(result.pages).toBeGreaterThan(180);
    expect(result.broken).toEqual([]);
  });
});

test.describe("accessibility of the link pages", () => {
  for (const url of ["/e/forbidden", "/e/AUTH_0001", "/catalogs/auth-service/auth-002"]) {
    test(`${url} passes axe WCAG 2.2 AA (light and dark)`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolationsInBothSchemes(page);
    });
  }
});
