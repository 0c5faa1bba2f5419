import { expect, test } from "./fixtures";

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

test("on a desktop the sidebar is an open list: no collapsed disclosure, no stray tab stop, no shift", async ({
  page,
  browser,
}, testInfo) => {
  // A desktop viewport and a keyboard: the phone project (touch, mobile emulation) would only repeat it.
  test.skip(testInfo.project.name === "phone", "desktop only");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.locator("details.site-nav")).toHaveAttribute("open", "");
  await expect(page.locator(".site-nav > summary")).toBeHidden();
  // Tab through the header into the sidebar: the first stop there is a catalog link, never the summary.
  const stops: string[] = [];
  for (let i = 0; i < 20 && stops.at(-1) !== "A nav"; i++) {
    await page.keyboard.press("Tab");
    stops.push(
      await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.closest(".site-nav") ? "nav" : "out"}`),
    );
  }
  expect(stops.filter((s) => s.endsWith("nav"))).toEqual(["A nav"]);

  // The label that stands in for the summary keeps the list where it was before JavaScript ran.
  const first = (p: typeof page) => p.getByRole("navigation", { name: "Catalogs" }).getByRole("link").first().boundingBox();
  const noJs = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  await noJs.goto(page.url());
  await expect(noJs.locator(".site-nav > summary")).toBeVisible();
  expect(await first(page)).toEqual(await first(noJs));
  await noJs.close();
});

test("on a phone the sidebar stays a closed disclosure after JavaScript runs", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("details.site-nav")).not.toHaveAttribute("open", "");
  await expect(page.locator(".site-nav > summary")).toBeVisible();
});

for (const width of [390, 360]) {
  test(`at ${width} px the header fits without sideways scrolling and every link is reachable by keyboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/guides");
    const header = page.locator(".site-header");
    expect(await header.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const menu = page.locator(".header-menu > summary");
    await menu.focus();
    await page.keyboard.press("Enter");
    const site = page.getByRole("navigation", { name: "Site" });
    const names = ["All errors", "Guides", "Insights", "Triage", "API"];
    for (const name of names) {
      await page.keyboard.press("Tab");
      await expect(site.getByRole("link", { name, exact: true })).toBeFocused();
      const box = (await site.getByRole("link", { name, exact: true }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await page.keyboard.press("Escape");
    await expect(site).toBeHidden();
    await expect(menu).toBeFocused();
    // Following a link closes the menu, so the new page is what shows.
    await page.keyboard.press("Enter");
    await site.getByRole("link", { name: "Insights" }).click();
    await expect(page).toHaveURL(/\/insights$/);
    await expect(site).toBeHidden();
  });
}

test("on a phone the opened sidebar shows the current entry within its list", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/catalogs/identity-platform");
  await page.getByText("Catalogs", { exact: true }).first().click();
  const nav = page.getByRole("navigation", { name: "Catalogs" });
  const link = nav.getByRole("link", { name: "Identity Platform", exact: true });
  await expect(link).toHaveAttribute("aria-current", "page");
  await expect
    .poll(async () => {
      const list = (await nav.boundingBox())!;
      const entry = (await link.boundingBox())!;
      return entry.y >= list.y && entry.y + entry.height <= list.y + list.height;
    })
    .toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("on a phone a guide's contents are collapsed above it, and short inline codes never break", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/guides/handling-errors");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeHidden();
  await page.getByText("On this page", { exact: true }).first().click();
  await expect(toc.getByRole("link").first()).toBeVisible();
  const tocBox = (await page.locator(".guide-toc").boundingBox())!;
  const h1 = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  expect(tocBox.y).toBeLessThan(h1.y);
  // Each inline code is one line unless it is long enough to carry break points (<wbr>), and none overflows.
  const codes = await page.locator("article.guide :not(pre) > code").evaluateAll((els) =>
    els.map((el) => ({
      text: el.textContent,
      lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
      breakable: el.querySelector("wbr") !== null,
      right: el.getBoundingClientRect().right,
    })),
  );
  expect(codes.length).toBeGreaterThan(10);
  expect(codes.filter((c) => !c.breakable && c.lines > 1)).toEqual([]);
  expect(codes.filter((c) => c.right > 390)).toEqual([]);
});
