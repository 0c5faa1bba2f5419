import { expect, type Page } from "./fixtures";
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

/**
 * The codes among `selector`'s elements that wrap mid-word: a text run between two line-break opportunities (the
 * `<wbr>` after each separator) that spans more than one line.
 */
export async function codesBrokenMidWord(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) return true;
        }
        return false;
      })
      .map((el) => el.textContent ?? ""),
  );
}
