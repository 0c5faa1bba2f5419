import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const [name, viewport, colorScheme] of [["desktop", { width: 1280, height: 800 }, "dark"], ["phone", { width: 390, height: 844 }, "light"]]) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.goto("http://127.0.0.1:3130" + process.argv[2]);
  const region = page.getByRole("region", { name: "Try it" });
  await region.getByRole("tablist").waitFor();
  await region.getByLabel("Details (JSON)").fill('{"issues": [');
  await region.getByText(/TypeScript type and guard/).click();
  await region.screenshot({ path: `/tmp/tryit-shots/details-${name}-${colorScheme}.png` });
  await context.close();
}
await browser.close();
