import { expect, test, type Page, type Request } from "./fixtures";

/** Requests for a route's RSC payload: what a prefetch (or a client-side navigation) fetches. */
const rsc = (r: Request) => r.headers()["rsc"] === "1" || new URL(r.url()).searchParams.has("_rsc");

/** Opens the home page and returns the paths of the RSC payloads fetched from then on, kept up to date. */
async function homeWithRscLog(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on("request", (r) => {
    if (rsc(r)) requests.push(new URL(r.url()).pathname);
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  return requests;
}

test("loading a page prefetches no links; pointing at one prefetches it, and following it is a client-side transition", async ({
  page,
}) => {
  const requests = await homeWithRscLog(page);
  // The sidebar, header and home page hold dozens of links in view: none is fetched until the reader reaches for one.
  expect(requests).toEqual([]);

  const link = page.getByRole("navigation", { name: "Catalogs" }).getByRole("link", { name: "AuthOS" });
  await link.hover();
  await expect.poll(() => requests).toContain("/catalogs/authos");

  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await link.click();
  await expect(page).toHaveURL(/\/catalogs\/authos$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AuthOS");
  // The same document: the router swapped the page in rather than the browser loading a new one.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("a keyboard user's focus prefetches the link too", async ({ page }) => {
  const requests = await homeWithRscLog(page);
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Guides" }).focus();
  await expect.poll(() => requests).toContain("/guides");
});
