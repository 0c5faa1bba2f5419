import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3130";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const path = process.argv[2] ?? "/catalogs/identity-platform/aut-0010";
const tag = process.argv[3] ?? "aut";
for (const [name, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, isMobile: name === "phone", hasTouch: name === "phone" });
    const page = await context.newPage();
    await page.goto(base + path);
    await page.getByRole("tablist", { name: "Response format" }).waitFor();
    await page.locator("#try-it").scrollIntoViewIfNeeded();
    await page.locator("#try-it").screenshot({ path: `/tmp/tryit-shots/${tag}-${name}-${colorScheme}.png` });
    await context.close();
  }
}
await browser.close();
