import { expect, type Page } from "@playwright/test";
import { catalogs } from "./catalog-data";

export function catalogNamed(slug: string) {
  const catalog = catalogs.find((c) => c.slug === slug);
  if (!catalog) throw new Error(`no catalog ${slug}`);
  return catalog;
}

/** Opens a catalog page and waits until the interactive table has replaced the static one. */
export async function openTable(page: Page, path: string) {
  await page.goto(path);
  const filter = page.getByRole("searchbox", { name: "Filter" });
  await expect(filter).toBeVisible();
  return { filter, table: page.locator("table.interactive") };
}

/** The codes of the data rows currently in the table, in order. */
export async function shownCodes(page: Page): Promise<string[]> {
  return page.locator("table.interactive tbody tr[id] th[scope=row]").allInnerTexts();
}
