import { expect, test } from "@playwright/test";

for (const path of ["/", "/catalogs/accounts", "/catalogs/identity-platform/aut-0010"]) {
  test(`${path} fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the catalog menu opens on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Catalogs" });
  await expect(nav).toBeHidden();
  await page.getByText("Catalogs", { exact: true }).first().click();
  await expect(nav.getByRole("link", { name: "AuthOS" })).toBeVisible();
});
