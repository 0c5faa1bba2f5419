import { expect, test } from "./fixtures";

test.describe("guides", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a guide has a table of contents of its h2 and h3 headings, beside it on a wide screen", async ({ page }) => {
    await page.goto("/guides/handling-errors");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const headings = page.locator("article.guide").locator("h2, h3");
    const texts = (await headings.allInnerTexts()).map((t) => t.trim());
    expect(texts.length).toBeGreaterThan(5);
    await expect(toc.getByRole("link")).toHaveText(texts);
    for (const [i, link] of (await toc.getByRole("link").all()).entries()) {
      await expect(link).toHaveAttribute("href", `#${await headings.nth(i).getAttribute("id")}`);
    }
    const tocBox = (await toc.boundingBox())!;
    const article = (await page.locator("article.guide").boundingBox())!;
    expect(tocBox.x).toBeGreaterThanOrEqual(article.x + article.width);
    await toc.getByRole("link", { name: "What never to retry" }).click();
    await expect(page.getByRole("heading", { name: "What never to retry" })).toBeInViewport();
  });
});
