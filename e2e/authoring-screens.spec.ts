import { test } from "./fixtures";

// Screenshots for review (not assertions): a guide and /insights, desktop and phone, light and dark.
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
for (const [name, path] of [
  ["guide", "/guides/handling-errors"],
  ["insights", "/insights"],
  ["changelog", "/changelog/accounts"],
  ["catalog", "/catalogs/authos"],
] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const scheme of ["light", "dark"] as const) {
      test(`screenshot ${name} ${size} ${scheme}`, async ({ page }) => {
        test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take review screenshots");
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await page.screenshot({ path: `test-results/screens/${name}-${size}-${scheme}.png`, fullPage: false });
      });
    }
  }
}
