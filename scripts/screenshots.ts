// Reads: a running Errata (--origin, default http://127.0.0.1:3000). Writes: viewport screenshots of the main pages,
// desktop (1280×800) and phone (390×844), light and dark, into --out (default docs/screenshots).
// Usage: npm run build && npm start, then `npm run screenshots -- --origin http://127.0.0.1:3000`.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, testChromiumPath } from "./bench/chromium";
import { routes } from "../lib/routes";

const { values } = parseArgs({
  options: {
    origin: { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "docs/screenshots" },
    only: { type: "string" },
  },
});

interface Shot {
  name: string;
  path: string;
  /** What to do before the picture, once the page has loaded. */
  act?: (page: Page) => Promise<void>;
}

const shots: Shot[] = [
  { name: "home", path: routes.home() },
  { name: "catalog", path: routes.catalog("auth-service") },
  { name: "all-catalogs", path: routes.allCodes() },
  { name: "code", path: routes.code("identity-platform", "AUT-0010") },
  { name: "guide", path: routes.guide("handling-errors") },
  { name: "search", path: routes.search("token") },
  {
    name: "dialog",
    path: routes.catalog("auth-service"),
    act: async (page) => {
      await page.getByRole("link", { name: "Search errors" }).first().click();
      await page.getByRole("combobox", { name: "Search errors" }).fill("token exp");
      await page.getByRole("option").first().waitFor();
    },
  },
];

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const browser = await chromium.launch({ executablePath: testChromiumPath(), args: CHROMIUM_ARGS });
mkdirSync(values.out, { recursive: true });
for (const shot of shots.filter((s) => !values.only || values.only.split(",").includes(s.name))) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(values.origin + shot.path, { waitUntil: "networkidle" });
      await shot.act?.(page);
      const file = join(values.out, `${shot.name}-${device}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
