import { expect, test, type Page } from "./fixtures";
import { catalogs, entries } from "./catalog-data";
import { guides } from "../content/guides";
import { domainPath, domainSlugs } from "../lib/catalog/domains";

// The last catalog and its last domain sit at the foot of the sidebar, below the fold of an 800 px window: if the
// sidebar does not scroll to them, they are out of sight.
const lastCatalog = catalogs.at(-1)!;
const lastDomain = lastCatalog.domains.at(-1)!.name;
const lastCode = entries.find((e) => e.catalog === lastCatalog.slug && e.domain === lastDomain)!;
const domainPage = domainPath(lastCatalog.slug, domainSlugs(lastCatalog).get(lastDomain)!);

const sidebar = (page: Page) => page.locator("details.site-nav");

/** Whether the link lies wholly inside the sidebar's box (the sidebar scrolls on its own on a desktop). */
async function inSidebarView(page: Page, name: string): Promise<boolean> {
  const box = (await sidebar(page).boundingBox())!;
  const link = (await sidebar(page).getByRole("link", { name, exact: true }).boundingBox())!;
  return link.y >= box.y && link.y + link.height <= box.y + box.height;
}

test.describe("the sidebar shows where you are", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the entries at its foot really are out of sight unless it scrolls", async ({ page }) => {
    await page.goto("/catalogs/accounts");
    expect(await inSidebarView(page, lastCatalog.service.name)).toBe(false);
  });

  for (const { kind, path, name, current } of [
    { kind: "catalog", path: `/catalogs/${lastCatalog.slug}`, name: lastCatalog.service.name, current: "page" },
    { kind: "domain", path: domainPage, name: lastDomain, current: "true" },
    { kind: "code", path: lastCode.url, name: lastDomain, current: "true" },
    { kind: "guide", path: `/guides/${guides.at(-1)!.slug}`, name: guides.at(-1)!.title, current: "page" },
  ]) {
    test(`on a ${kind} page the entry for it is marked and in sight`, async ({ page }) => {
      await page.goto(path);
      const link = sidebar(page).getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("aria-current", current);
      expect(await inSidebarView(page, name)).toBe(true);
      // Only the sidebar scrolled, never the page.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // One page is the page, and a code's or domain's catalog holds it.
      await expect(sidebar(page).locator('[aria-current="page"]')).toHaveCount(current === "page" ? 1 : 0);
      if (kind !== "catalog" && kind !== "guide") {
        await expect(sidebar(page).getByRole("link", { name: lastCatalog.service.name, exact: true })).toHaveAttribute(
          "aria-current",
          "true",
        );
      }
    });
  }

  test("a guide's sidebar lists the guides instead of the catalogs", async ({ page }) => {
    await page.goto(`/guides/${guides[0]!.slug}`);
    const nav = page.getByRole("navigation", { name: "Guides" });
    await expect(nav.getByRole("link")).toHaveText(["All guides", ...guides.map((g) => g.title)]);
    await expect(nav.getByRole("link", { name: guides[0]!.title })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Catalogs" })).toHaveCount(0);
  });

  test("the marked entry is in place before the page's scripts run", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The app's scripts never arrive: only the inline script after the sidebar can have scrolled it.
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    await page.goto(`/catalogs/${lastCatalog.slug}`, { waitUntil: "domcontentloaded" });
    await expect(page.locator("html")).not.toHaveAttribute("data-hydrated");
    expect(await page.locator("details.site-nav").evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await inSidebarView(page, lastCatalog.service.name)).toBe(true);
    await page.close();
  });

  test("moving to another page in the app brings its entry into sight", async ({ page }) => {
    await page.goto("/catalogs/accounts");
    await page.locator("body").click({ position: { x: 600, y: 400 } });
    await page.keyboard.press("/");
    await page.getByRole("combobox", { name: "Search errors" }).fill(lastCode.code);
    await expect(page.getByRole("option").first().locator("code")).toHaveText(lastCode.code);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(lastCode.url);
    // The domain is known from the page's breadcrumb once it has rendered.
    await expect(sidebar(page).getByRole("link", { name: lastDomain, exact: true })).toHaveAttribute("aria-current", "true");
    await expect.poll(() => inSidebarView(page, lastDomain)).toBe(true);
    await expect(sidebar(page).getByRole("link", { name: "Accounts API", exact: true })).not.toHaveAttribute("aria-current");
  });
});

test.describe("skip link", () => {
  test("is the first stop; Enter moves focus to the main content and leaves the URL alone", async ({ page }) => {
    await page.goto("/catalogs/accounts");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    expect(page.url()).not.toContain("#");
    // The next Tab goes on from the main content, past the header and sidebar.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    // main is focusable only while the skip link sends focus there, so a click inside it does not take focus.
    await expect(page.locator("main#main")).not.toHaveAttribute("tabindex", /.*/);
    await page.locator("h1").click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
  });

  test("without JavaScript it is still a link to the main content", async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto("/catalogs/accounts");
    await expect(page.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#main");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    // Following the fragment moves where the next Tab starts: into the main content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.close();
  });
});

test.describe("guides", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a guide has a table of contents of its h2 and h3 headings, beside it on a wide screen", async ({ page }) => {
    await page.goto("/guides/handling-errors");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const headings = page.locator("article.guide").locator("h2, h3");
    const texts = (await headings.allInnerTexts()).map((t) => t.trim());
    expect(texts.length).toBeGreaterThan(5);
    await expect(toc.getByRole("link")).toHaveText(texts);
    for (const [i, link] of (await toc.getByRole("link").all()).entries()) {
      await expect(link).toHaveAttribute("href", `#${await headings.nth(i).getAttribute("id")}`);
    }
    const tocBox = (await toc.boundingBox())!;
    const article = (await page.locator("article.guide").boundingBox())!;
    expect(tocBox.x).toBeGreaterThanOrEqual(article.x + article.width);
    await toc.getByRole("link", { name: "What never to retry" }).click();
    await expect(page.getByRole("heading", { name: "What never to retry" })).toBeInViewport();
  });

  test("the header's API link leads to the guide to the JSON APIs", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "API" }).click();
    await expect(page).toHaveURL("/guides/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The JSON APIs");
    for (const endpoint of ["/api/errors", "/api/search", "/api/mock/{catalog}/{code}", "/api/triage"]) {
      await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: endpoint })).toHaveCount(1);
    }
  });
});
