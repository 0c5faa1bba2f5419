import path from "node:path";
import { expect, test, type Page } from "../e2e/fixtures";
import { loadCatalogDir } from "../lib/catalog/load";
import { entriesOf } from "../lib/catalog/model";
import { shownMessage } from "../lib/catalog/placeholders";

// The second site also holds catalogs in other styles (real-styles.spec.ts); this file is about the hostile one.
const catalog = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs")).find((c) => c.slug === "hostile");
if (!catalog) throw new Error("no hostile catalog");
const entries = entriesOf(catalog);
const byCode = (code: string) => entries.find((e) => e.code === code)!;

/** Fails the test if anything hostile ran: a dialog, a page error, a CSP report, or window.__pwned. */
async function guard(page: Page) {
  const incidents: string[] = [];
  page.on("dialog", async (d) => {
    incidents.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on("pageerror", (e) => incidents.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) incidents.push(`console: ${m.text()}`);
  });
  return {
    incidents,
    async check() {
      expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="//"]').count()).toBe(0);
      expect(incidents).toEqual([]);
    },
  };
}

test("the catalog page shows hostile text verbatim and runs none of it", async ({ page }) => {
  const g = await guard(page);
  await page.goto(`/catalogs/${catalog.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalog.service.name);
  await expect(page.locator(".catalog-intro .lede")).toHaveText(catalog.description);
  await expect(page.getByRole("figure", { name: `${catalog.service.name} envelope example` }).locator("pre")).toHaveText(
    JSON.stringify(JSON.parse(catalog.envelope.example), null, 2),
  );
  for (const entry of entries) {
    const row = page.locator(`tr[id="${entry.code}"]`);
    await expect(row.locator(".row-title")).toHaveText(entry.title!);
    // Placeholders read by name; their example tips show only on hover and focus.
    await expect(row.locator(".row-message")).toHaveText(shownMessage(entry.message, entry.placeholders), { useInnerText: true });
    // Grouped by domain, the row's group heading names its domain (no column repeats it).
    await expect(page.locator("tbody", { has: row }).locator("tr.group-row th")).toContainText(entry.domain);
  }
  for (const domain of catalog.domains) {
    await expect(
      page.getByRole("rowheader", { name: new RegExp(`^${domain.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`) }),
    ).toBeVisible();
  }
  // Notes: the https and relative links work; javascript: and protocol-relative ones stay literal text.
  const notes = page.getByRole("complementary", { name: "Notes on this catalog" });
  await expect(notes.getByRole("link", { name: "RFC 9110" })).toHaveAttribute("href", "https://www.rfc-editor.org/rfc/rfc9110");
  await expect(notes.getByRole("link", { name: "home" })).toHaveAttribute("href", "/");
  await expect(notes).toContainText("[click me](javascript:alert(1))");
  await expect(notes).toContainText("[proto](//evil.example/x)");
  await g.check();
});

for (const entry of entries) {
  test(`code page ${entry.code} shows every field verbatim and runs nothing`, async ({ page }) => {
    const g = await guard(page);
    await page.goto(entry.url);
    await expect(page.locator(".code-title")).toHaveText(entry.title!);
    // Placeholders read by name ({value} for %v); their examples show only on hover and focus.
    await expect(page.locator(".code-message")).toHaveText(shownMessage(entry.message, entry.placeholders), { useInnerText: true });
    await expect(page.locator(".facts")).toContainText(entry.domain);
    if (entry.route) await expect(page.locator(".facts code")).toHaveText(entry.route);
    if (entry.meaning) await expect(page.locator(".facts")).toContainText(entry.meaning);
    if (entry.action) await expect(page.locator(".fact-wide dd")).toHaveText(entry.action);
    for (const p of entry.placeholders ?? []) {
      const row = page.getByRole("row", { name: new RegExp(`^\\d+ ${p.name}`) });
      await expect(row.locator("td code")).toHaveText(p.example);
      await expect(row.locator("td").last()).toHaveText(p.description!);
    }
    if (entry.notes) {
      const note = page.getByRole("complementary", { name: "Note on this code" });
      await expect(note).toContainText(entry.notes.replace(/\[([^\]]+)\]\(https:[^)]+\)/g, "$1"));
    }
    // Hydration still works beside the hostile text.
    const toggle = page.getByRole("button", { name: /^Theme: / });
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(/^Theme: light/);
    await g.check();
  });
}

test("a removed code's page shows its hostile text verbatim, and its see path as a link on this site (issue 18, row 9)", async ({
  page,
}) => {
  const g = await guard(page);
  const gone = catalog.removed![0]!;
  await page.goto(`/catalogs/${catalog.slug}/hostile-gone`);
  await expect(page.locator(".tombstone-summary")).toContainText(gone.removed_in);
  await expect(page.getByText(gone.reason)).toBeVisible();
  const see = page.locator(".tombstone-summary a");
  await expect(see).toHaveText(gone.see!);
  await expect(see).toHaveAttribute("href", gone.see!);
  await g.check();
});

test("a javascript: link in a note is text, an https: one a link", async ({ page }) => {
  const g = await guard(page);
  await page.goto(byCode("HOSTILE_SCRIPT").url);
  const note = page.getByRole("complementary", { name: "Note on this code" });
  await expect(note.getByRole("link")).toHaveCount(1);
  await expect(note.getByRole("link", { name: "docs" })).toHaveAttribute("href", "https://example.com/docs?a=1&b=2");
  await expect(note).toContainText("[click](javascript:alert(1))");
  await expect(note).toContainText("[JaVaScRiPt](JaVaScRiPt:window.__pwned=1)");
  await g.check();
});

test("home, all errors and the API carry the hostile text as data", async ({ page, request }) => {
  const g = await guard(page);
  await page.goto("/");
  await expect(page.locator(".card").getByRole("link", { name: catalog.service.name })).toBeVisible();
  await expect(page.locator(".card", { has: page.getByRole("link", { name: catalog.service.name }) }).locator(".muted")).toHaveText(
    catalog.description,
  );
  await page.goto("/catalogs/all");
  await expect(page.locator("main")).toContainText(byCode("HOSTILE_JSX").message);
  await g.check();
  const api = await request.get("/api/errors");
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
  const records = (await api.json()) as Array<{ catalog: string; code: string; message: string }>;
  expect(records.filter((r) => r.catalog === catalog.slug).map((r) => r.message)).toEqual(entries.map((e) => e.message));
});

// This build draws no Open Graph card at build time (ERRATA_OG_PRERENDER_MAX_CODES=0 in playwright.hostile.config.ts),
// as a site past a few thousand codes does: each card is drawn on its first request, hostile text included.
test("Open Graph cards are drawn on request for every code, and unknown codes answer 404", async ({ page, request }) => {
  for (const entry of entries) {
    await page.goto(entry.url);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    const imagePath = new URL(image!).pathname;
    expect(decodeURIComponent(imagePath)).toBe(decodeURIComponent(`${entry.url}/opengraph-image`));
    const png = await request.get(imagePath);
    expect(png.status(), entry.code).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(body.subarray(1, 4).toString()).toBe("PNG");
    expect(body.readUInt32BE(16)).toBe(1200);
  }
  expect((await request.get(`/catalogs/${catalog.slug}/no-such-code/opengraph-image`)).status()).toBe(404);
});
