import { expect, test } from "../e2e/fixtures";
import { getAllEntries, getCatalogs } from "../lib/catalog/repository";
import { shortPath } from "../lib/links";

const catalog = getCatalogs()[0]!;
const entry = getAllEntries().find((e) => e.catalog === catalog.slug && e.code.includes(":")) ?? getAllEntries()[0]!;

test("home, catalog and code pages load from the static export with their CSS and scripts", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(`/catalogs/${catalog.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(catalog.service.name) })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await page.goto(entry.url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(entry.code);
  expect(failed).toEqual([]);
});

test("client-side navigation works between exported pages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: catalog.service.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/catalogs/${catalog.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(catalog.service.name) })).toBeVisible();
});

test("a short link falls back to a redirect page that lands on the code page", async ({ page }) => {
  await page.goto(shortPath(entry.code));
  await expect(page).toHaveURL(new RegExp(`${entry.url}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(entry.code);
});

test("the CDN headers: immutable hashed assets, revalidated pages, JSON API, 404 page", async ({ page, request }) => {
  const html = await request.get(`/catalogs/${catalog.slug}`);
  expect(html.headers()["cache-control"]).toContain("max-age=0");
  expect(html.headers()["x-content-type-options"]).toBe("nosniff");
  await page.goto("/");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.headers()["cache-control"]).toContain("immutable");
  const api = await request.get("/api/errors");
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
  expect((await api.json()).length).toBe(getAllEntries().length);
  const missing = await request.get("/no/such/page");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
});

test("triage works in the static export: its worker reads the exported search index, no server involved (issue 21)", async ({ page }) => {
  await page.goto("/triage");
  const body = JSON.stringify({ error: { code: "APP_002", message: "Application not found", details: {} } });
  await page.getByLabel("Paste a log, a ticket thread or error bodies").fill(`2026-12-02T10:00:00Z WARN ${body}`);
  await page.getByRole("button", { name: "Triage" }).click();
  const results = page.getByRole("region", { name: /1 code found/ });
  await expect(results.getByRole("rowheader", { name: /APP_002/ })).toBeVisible();
  await expect(results.getByRole("link", { name: /APP_002/ })).toHaveAttribute("href", "/catalogs/auth-service/app-002");
});
