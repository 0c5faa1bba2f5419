import { expect, test } from "./fixtures";
import { catalogs } from "./catalog-data";
import { openFacet, openTable } from "./table-helpers";
import { layoutShifts, watchLayoutShifts } from "./layout-shift";
import { SPLIT_ABOVE } from "../lib/catalog/domains";

// The reading experience of the catalog tables: the table on the first screen, dense rows, no layout jumps, and shared
// views that land on what was shared.

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const tablePages = ["/catalogs/all", ...catalogs.filter((c) => c.errors.length <= SPLIT_ABOVE).map((c) => `/catalogs/${c.slug}`)];

test.describe("the table on the first screen", () => {
  for (const path of tablePages) {
    test(`${path}: the filter box and the first row are in the first viewport, desktop and phone`, async ({ page }) => {
      for (const viewport of [desktop, phone]) {
        await page.setViewportSize(viewport);
        const { filter, table } = await openTable(page, path);
        const where = `at ${viewport.width}×${viewport.height}`;
        expect(await page.evaluate(() => window.scrollY), where).toBe(0);
        await expect(filter, where).toBeInViewport({ ratio: 1 });
        await expect(table.locator("tbody tr[id]").first(), where).toBeInViewport({ ratio: 1 });
      }
    });
  }

  test("the HTML before any script already has the table on the first screen", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
    const page = await context.newPage();
    for (const path of tablePages) {
      await page.goto(path);
      await expect(page.locator(".error-table tbody tr[id]").first(), path).toBeInViewport({ ratio: 1 });
    }
    await context.close();
  });
});

test.describe("density", () => {
  for (const path of tablePages.slice(1)) {
    test(`${path}: at least 12 rows fit one 1280×800 screen`, async ({ page }) => {
      await page.setViewportSize(desktop);
      const { table } = await openTable(page, path);
      const rows = table.locator("tbody tr[id]");
      // Scroll the first row to just under the sticky header, then count the rows wholly on screen.
      await rows.first().evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 56));
      const header = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().bottom);
      const onScreen = await rows.evaluateAll(
        (els, top) =>
          els.filter((el) => el.getBoundingClientRect().top >= top - 1 && el.getBoundingClientRect().bottom <= innerHeight).length,
        header,
      );
      // A catalog with fewer than 12 codes has them all on the one screen.
      expect(onScreen).toBeGreaterThanOrEqual(Math.min(12, await rows.count()));
    });
  }

  test("row actions are one compact line, and no column repeats the group heading", async ({ page }) => {
    await page.setViewportSize(desktop);
    const { table } = await openTable(page, "/catalogs/auth-service");
    const row = table.locator('tr[id="AUTH_001"]');
    const actions = row.locator(".row-action");
    await expect(actions).toHaveCount(3);
    const tops = await actions.evaluateAll((els) => new Set(els.map((el) => Math.round(el.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    const headers = () => table.locator("thead th").allInnerTexts();
    // Grouped by domain: no Domain column. Grouped by status: no HTTP status column. Ungrouped: both.
    expect((await headers()).map((h) => h.replace(/[↕↑↓]/g, "").trim().toLowerCase())).toEqual([
      "code",
      "http status",
      "message",
      "actions",
    ]);
    await page.getByRole("combobox", { name: "Group by" }).selectOption({ label: "HTTP status" });
    await expect
      .poll(async () => (await headers()).map((h) => h.replace(/[↕↑↓]/g, "").trim().toLowerCase()))
      .toEqual(["code", "domain", "message", "actions"]);
    await page.getByRole("combobox", { name: "Group by" }).selectOption({ label: "None" });
    await expect.poll(async () => (await headers()).length).toBe(5);
  });
});

test.describe("nothing moves after first paint", () => {
  for (const [path, id] of [
    ["/catalogs/auth-service", "AUTH_010"],
    ["/catalogs/accounts", "oauth:cannot_unlink_last_connection"],
    ["/catalogs/all", "identity-platform/AUT-0010"],
  ] as const) {
    for (const viewport of [desktop, phone]) {
      test(`${path}#${id} at ${viewport.width} px: CLS 0 through hydration, and the row stays in view`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await watchLayoutShifts(page);
        await page.goto(`${path}#${encodeURIComponent(id)}`);
        const table = page.locator("table.error-table");
        const row = table.locator(`tr[id="${id}"]`);
        await expect(row).toHaveClass(/row-target/);
        await page.waitForLoadState("networkidle");
        await expect(row).toBeInViewport();
        expect(await layoutShifts(page)).toEqual([]);
        // Nor when the interactive table takes over on first use (focus without scrolling, to keep the row in view).
        await page.getByRole("searchbox", { name: "Filter" }).evaluate((el) => (el as HTMLInputElement).focus({ preventScroll: true }));
        await expect(page.locator("table.interactive")).toBeAttached();
        await expect(page.locator(`table.interactive tr[id="${id}"]`)).toHaveClass(/row-target/);
        await page.waitForLoadState("networkidle");
        await expect(page.locator(`table.interactive tr[id="${id}"]`)).toBeInViewport();
        expect(await layoutShifts(page)).toEqual([]);
      });
    }
  }
});

test("a toolbar painted while its HTML is still arriving shows nothing that would move", async ({ browser, request }) => {
  // The page cut after its first facet button, as a browser may paint it mid-parse; then the whole page.
  const path = "/catalogs/accounts";
  const html = await (await request.get(path)).text();
  const firstFacet = html.indexOf("</button>", html.indexOf('class="toolbar-facets"'));
  expect(firstFacet, "the toolbar has a facet button").toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
  const page = await context.newPage();
  let body = html.slice(0, firstFacet + "</button>".length);
  await page.route(path, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
  await page.goto(path);
  await expect(page.locator(".toolbar-facets button")).toHaveCount(1);
  await expect(page.locator(".toolbar-facets button")).toBeHidden();
  await expect(page.locator(".toolbar-filter input")).toBeHidden();
  body = html;
  await page.goto(path);
  await expect(page.locator(".toolbar-facets button").first()).toBeVisible();
  await expect(page.locator(".toolbar-filter input")).toBeVisible();
  await context.close();
});

test.describe("shared views", () => {
  test("a URL with table state lands on the table, with the view restored", async ({ page }) => {
    await page.setViewportSize(phone);
    const { table } = await openTable(page, "/catalogs/auth-service?status=401&group=status");
    await expect(page.getByRole("button", { name: "Remove filter HTTP status: 401" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Group by" })).toHaveValue("status");
    // Scrolled so the toolbar sits just under the sticky header, not at the top of the page.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const top = await page.locator(".catalog-table").evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
    await expect(table.locator("tbody tr[id]").first()).toBeInViewport();
  });

  test("a URL without table state opens at the top", async ({ page }) => {
    await page.setViewportSize(phone);
    await openTable(page, "/catalogs/auth-service");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test("a facet list shows counts, hides values with none, and its chip removes the value", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/all");
    const statuses = await openFacet(page, "HTTP status");
    await statuses.getByRole("checkbox", { name: /^503 \(/ }).check();
    const catalogFacet = await openFacet(page, "Catalog");
    // Only the catalogs with a 503 are listed.
    const with503 = catalogs.filter((c) => c.errors.some((e) => e.status === 503));
    await expect(catalogFacet.getByRole("checkbox")).toHaveCount(with503.length);
    await page.getByRole("button", { name: "Remove filter HTTP status: 503" }).click();
    await expect(table.locator("tbody tr[id]")).toHaveCount(catalogs.reduce((n, c) => n + c.errors.length, 0));
  });
});

test.describe("a guide keeps still too", () => {
  for (const viewport of [desktop, phone]) {
    test(`at ${viewport.width} px, a guide opened at a heading: CLS 0 through hydration, the heading in view`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await watchLayoutShifts(page);
      await page.goto("/guides/handling-errors#retries-and-backoff");
      await page.waitForLoadState("networkidle");
      await expect(page.locator("#retries-and-backoff")).toBeInViewport();
      expect(await layoutShifts(page)).toEqual([]);
    });
  }
});

test("a row reads its placeholders by name, with the example on focus", async ({ page }) => {
  const { table } = await openTable(page, "/catalogs/identity-platform");
  const message = table.locator('tr[id="AUT-0010"] .row-message');
  const chips = message.locator("var.placeholder-named");
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0)).toContainText("{key}");
  await expect(chips.nth(1)).toContainText("{max_length}");
  await expect(message).not.toContainText("%v");
  await chips.nth(0).focus();
  await expect(chips.nth(0).getByRole("tooltip")).toBeVisible();
  await expect(chips.nth(0).getByRole("tooltip")).toHaveText("e.g. tenant_color");
});

test("a placeholder's example is not clipped by the row's two-line clamp, pointed at or focused", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/catalogs/identity-platform#AUT-0010");
  const rowText = page.locator('tr[id="AUT-0010"] .row-text');
  const chip = rowText.locator("var.placeholder-named").first();
  const tip = chip.getByRole("tooltip");
  /** Whether the tip's middle is what the page shows there (not the row above it, which a clipped tip leaves). */
  const tipOnTop = () =>
    tip.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const shown = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return shown !== null && element.contains(shown);
    });
  await chip.hover();
  await expect(tip).toBeVisible();
  await expect.poll(tipOnTop).toBe(true);
  await page.mouse.move(0, 0);
  await expect(rowText).not.toHaveAttribute("data-tip-open");
  await expect(rowText).toHaveCSS("overflow", "hidden");
  await chip.focus();
  await expect(tip).toBeVisible();
  await expect.poll(tipOnTop).toBe(true);
  await chip.blur();
  await expect(rowText).toHaveCSS("overflow", "hidden");
});

test("on a phone, a placeholder's example near the table's right edge opens leftwards, whole", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/catalogs/identity-platform#AUT-0010");
  const chip = page.locator('tr[id="AUT-0010"] .row-text var.placeholder-named').first();
  const tip = chip.getByRole("tooltip");
  await chip.focus();
  await expect(tip).toBeVisible();
  await expect(chip).toHaveAttribute("data-tip-end");
  const [tipBox, wrapBox] = await Promise.all([tip.boundingBox(), page.locator(".table-wrap").first().boundingBox()]);
  expect(tipBox!.x).toBeGreaterThanOrEqual(wrapBox!.x);
  expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(wrapBox!.x + wrapBox!.width);
  await chip.blur();
  await page.setViewportSize({ width: 1280, height: 800 });
  await chip.focus();
  await expect(tip).toBeVisible();
  await expect(chip).not.toHaveAttribute("data-tip-end");
});
