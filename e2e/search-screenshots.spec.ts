import { test, expect } from "./fixtures";

// Screenshots of the search dialog and page for review: SCREENSHOTS=1 npx playwright test e2e/search-screenshots.spec.ts
test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take review screenshots");

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

for (const [device, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`search ${device} ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto("/search?q=pasword");
      await expect(page.locator(".search-results li").first()).toBeVisible();
      await page.screenshot({ path: `test-results/search-shots/page-${device}-${colorScheme}.png`, fullPage: false });
      await page.getByRole("link", { name: "Search errors" }).click();
      const input = page.getByRole("combobox", { name: "Search errors" });
      await input.fill('{"code": "AUT-0010", "title": "Metadata Key Length Exceeded", "message": "too long"}');
      await expect(page.getByTestId("search-identified")).toBeVisible();
      await page.screenshot({ path: `test-results/search-shots/dialog-paste-${device}-${colorScheme}.png` });
      await input.fill("token exp");
      await expect(page.getByRole("option").nth(2)).toBeVisible();
      await input.press("ArrowDown");
      await page.screenshot({ path: `test-results/search-shots/dialog-${device}-${colorScheme}.png` });
    });
  }
}
