import { expect, type Page } from "./fixtures";
import { catalogs } from "./catalog-data";

export function catalogNamed(slug: string) {
  const catalog = catalogs.find((c) => c.slug === slug);
  if (!catalog) throw new Error(`no catalog ${slug}`);
  return catalog;
}

/**
 * Opens a catalog page and waits until the interactive table has replaced the static one: a URL with table state
 * loads it by itself, otherwise its first use does, here focusing the filter box.
 */
export async function openTable(page: Page, path: string) {
  await page.goto(path);
  const filter = page.getByRole("searchbox", { name: "Filter" });
  if (!new URL(path, "http://errata.test").search) await filter.focus();
  const table = page.locator("table.interactive");
  await expect(table).toBeAttached();
  return { filter, table };
}

/** Opens a facet's popover from its toolbar button (if it is not open) and returns its group of checkboxes. */
export async function openFacet(page: Page, title: string) {
  const button = page
    .getByRole("group", { name: "Facets" })
    .getByRole("button", { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*,|$)`) });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  return page.getByRole("group", { name: title, exact: true });
}

/** The codes of the data rows currently in the table, in order. */
export async function shownCodes(page: Page): Promise<string[]> {
  return page.locator("table.interactive tbody tr[id] th[scope=row]").allInnerTexts();
}
