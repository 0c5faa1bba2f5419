import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothSchemes } from "./axe";
import { openFacet, openTable } from "./table-helpers";

/** Presses Tab until the focused element satisfies `match`, failing after `limit` presses. */
async function tabTo(page: import("@playwright/test").Page, match: (el: Element) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(${match.toString()})(document.activeElement)`)) return;
  }
  throw new Error("focus never reached the element");
}

async function expectVisibleFocus(page: import("@playwright/test").Page) {
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test("the table can be used by keyboard alone, with visible focus", async ({ page }) => {
  const { table } = await openTable(page, "/catalogs/auth-service");
  await page.locator("h1").click();

  await tabTo(page, (el) => el.getAttribute("type") === "search");
  await expectVisibleFocus(page);
  await page.keyboard.type("auth 001");
  await expect(table.locator('tr[id="AUTH_001"]')).toBeVisible();
  await expect(table.locator('tr[id="AUTH_002"]')).toHaveCount(0);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");

  // A facet is a button that opens its checkbox list; Escape closes it and gives focus back to the button.
  await tabTo(page, (el) => el.classList.contains("facet-button") && el.textContent!.includes("HTTP status"));
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveAttribute("aria-expanded", "true");
  await tabTo(page, (el) => el.getAttribute("type") === "checkbox" && (el.parentElement?.textContent ?? "").startsWith("401 ("));
  await expectVisibleFocus(page);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/status=401/);
  await page.keyboard.press("Escape");
  await expect(page.locator(":focus")).toHaveClass(/facet-button/);
  await expect(page.locator(":focus")).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("group", { name: "HTTP status" })).toBeHidden();

  await tabTo(page, (el) => el.tagName === "SELECT");
  await expectVisibleFocus(page);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/group=status/);

  await tabTo(page, (el) => el.classList.contains("sort-button") && el.textContent!.startsWith("Code"));
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=code/);

  await tabTo(page, (el) => el.classList.contains("group-toggle"));
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveAttribute("aria-expanded", "false");
  await expect(table.locator("tbody tr[id]")).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveAttribute("aria-expanded", "true");

  await tabTo(page, (el) => el.classList.contains("code-link"));
  await expectVisibleFocus(page);
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

for (const path of ["/catalogs/accounts", "/catalogs/auth-service?q=token&status=401&group=status&sort=code", "/catalogs/all?group=none"]) {
  test(`${path} passes axe (WCAG 2.2 AA) in light and dark`, async ({ page }) => {
    test.setTimeout(180_000);
    await openTable(page, path);
    // With a facet's list open, so its checkboxes are checked too.
    await openFacet(page, "HTTP status");
    await expectNoAxeViolationsInBothSchemes(page, { include: ".catalog-table" });
  });
}
