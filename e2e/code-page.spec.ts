import { expect, test, type Page } from "./fixtures";
import { layoutShifts, watchLayoutShifts } from "./layout-shift";

// The code page as a reader meets it: links on the origin it is served at, Try it's inputs in the URL, nothing moving
// after first paint, placeholders read by name.

const AUT_0010 = "/catalogs/identity-platform/aut-0010";
const MOCK = "/api/mock/identity-platform/aut-0010";

/** The Try it region once its interactive panel has taken the stand-in's place. */
async function panelOf(page: Page) {
  const region = page.getByRole("region", { name: "Try it" });
  await expect(region.locator(".tryit-panel[data-ready]")).toBeVisible();
  return region;
}

const bodyOf = (region: ReturnType<Page["getByRole"]>) => region.getByLabel(/^Response body for /);
const originOf = (page: Page) => new URL(page.url()).origin;

test.describe("links name the origin the page is served at", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copied links, the short link, curl and the mock's URL fields", async ({ page }) => {
    await page.goto(AUT_0010);
    const origin = originOf(page);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const links = page.getByRole("group", { name: "Links to AUT-0010" });

    await links.getByRole("button", { name: "Copy link to AUT-0010" }).click();
    await expect(links.getByRole("button", { name: "Copy link to AUT-0010" })).toHaveText("Copied");
    expect(await clipboard()).toBe(`${origin}/e/AUT-0010`);
    await links.getByRole("button", { name: "Copy as Markdown: link to AUT-0010" }).click();
    await expect(links.getByRole("button", { name: "Copy as Markdown: link to AUT-0010" })).toHaveText("Copied");
    const markdown = await clipboard();
    expect(markdown).toBe(`[AUT-0010: Metadata Key Length Exceeded](${origin}/e/AUT-0010)`);
    await expect(links.locator(".short-link")).toHaveText(`${origin}/e/AUT-0010`);

    const region = await panelOf(page);
    await expect(region.getByTestId("tryit-curl")).toHaveText(`curl -i '${origin}${MOCK}'`);
    await region.getByRole("tab", { name: "RFC 9457 problem+json" }).click();
    await expect(bodyOf(region)).toContainText(`"type": "${origin}/e/AUT-0010"`);

    const answer = await page.request.get(`${origin}${MOCK}?format=rfc9457`);
    expect(((await answer.json()) as { type: string }).type).toBe(`${origin}/e/AUT-0010`);
    expect(await answer.text()).toBe(await bodyOf(region).innerText());
    expect([markdown, await page.locator("main").innerText()].join("\n")).not.toContain("localhost:3000");
  });
});

test.describe("Try it's inputs live in the page URL", () => {
  test("a link to the page opens the same response, which is the endpoint's for that query", async ({ page, context, request }) => {
    await page.goto(AUT_0010);
    const region = await panelOf(page);
    expect(new URL(page.url()).search, "an untouched panel leaves the URL clean").toBe("");
    const entries = await page.evaluate(() => history.length);

    await region.getByRole("tab", { name: "domain:reason" }).click();
    await region.getByLabel("key", { exact: true }).fill("name with spaces & 'quotes'");
    await region.getByRole("radio", { name: "production" }).check();
    await expect(page).toHaveURL(/mode=production/);
    const url = new URL(page.url());
    expect(await page.evaluate(() => history.length), "edits replace the entry, they add none").toBe(entries);
    const curl = await region.getByTestId("tryit-curl").innerText();
    expect(url.search).toBe(new URL(/'(.+)'$/.exec(curl)![1]!.replace(/'\\''/g, "'")).search);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: "domain-reason",
      mode: "production",
      key: "name with spaces & 'quotes'",
    });
    const shown = await bodyOf(region).innerText();
    expect(shown).toContain("name with spaces & 'quotes'");

    const shared = await context.newPage();
    await shared.goto(url.href);
    const again = await panelOf(shared);
    await expect(bodyOf(again)).toHaveText(shown);
    await expect(again.getByLabel("key", { exact: true })).toHaveValue("name with spaces & 'quotes'");
    await expect(again.getByRole("tab", { name: "domain:reason" })).toHaveAttribute("aria-selected", "true");
    await expect(again.getByRole("radio", { name: "production" })).toBeChecked();
    await expect(shared.getByRole("heading", { name: "Try it" })).toBeInViewport();
    expect(shared.url()).toBe(url.href);

    const answer = await request.get(`${MOCK}${url.search}`);
    expect(await answer.text()).toBe(shown);

    // Back to the defaults, the URL is clean again, and the hash stays.
    await shared.goto(`${url.href}#try-it`);
    const back = await panelOf(shared);
    await back.getByRole("tab", { name: /code \/ title \/ message/ }).click();
    await back.getByLabel("key", { exact: true }).fill("tenant_color");
    await expect(shared).toHaveURL(new URL(`${AUT_0010}#try-it`, url).href);
  });

  test("invalid values in the URL show as inline errors, as typed ones do", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/catalogs/auth-observability/auth-login-db-error?status=404");
    const region = await panelOf(page);
    const status = region.getByRole("textbox", { name: "Status" });
    await expect(status).toHaveValue("404");
    await expect(status).toHaveAttribute("aria-invalid", "true");
    await expect(status).toHaveAccessibleDescription(/must be a status in 5xx/);
    await expect(region.getByTestId("tryit-head")).toContainText("HTTP/1.1 400 Bad Request");

    await page.goto(`${AUT_0010}?format=xml&key=k`);
    const other = await panelOf(page);
    await expect(other.getByRole("status").filter({ hasText: /^format must be one of: / })).toBeVisible();
    await expect(bodyOf(other)).toContainText('"parameter": "format"');
    await expect(other.getByLabel("key", { exact: true })).toHaveValue("k");
    expect(errors).toEqual([]);
  });
});

test.describe("nothing moves after first paint", () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    test(`at ${width} px, a code page at #try-it keeps still while Try it becomes interactive, and lands on it`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await watchLayoutShifts(page);
      await page.goto(`${AUT_0010}#try-it`);
      const region = await panelOf(page);
      await expect(region.getByRole("tab", { name: /code \/ title \/ message/ })).toBeEnabled();
      expect(await layoutShifts(page)).toEqual([]);
      await expect(page.getByRole("heading", { name: "Try it" })).toBeInViewport();
      await expect(page.getByRole("heading", { name: "Try it" })).toBeFocused();
    });
  }

  test("a code page without an anchor keeps still too", async ({ page }) => {
    // The size set before loading, as in the tests above: left to the project's default, headless Chromium now and then
    // lays out a fresh page's first frame at its own window width (under 860 px, without the theme label) and only then
    // at the emulated one, which would be counted as a shift of the header.
    await page.setViewportSize({ width: 1280, height: 800 });
    await watchLayoutShifts(page);
    await page.goto("/catalogs/accounts/user-not-found");
    await panelOf(page);
    expect(await layoutShifts(page)).toEqual([]);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  });
});

test("a row's Try it link puts focus on the Try it heading", async ({ page }) => {
  await page.goto("/catalogs/identity-platform");
  await page
    .locator('tr[id="AUT-0010"]')
    .getByRole("link", { name: /Try it/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${AUT_0010}#try-it$`));
  await expect(page.getByRole("heading", { name: "Try it" })).toBeFocused();
});

test.describe("placeholders read as their names", () => {
  test("a chip shows its name, and its example on hover and on keyboard focus; Escape hides it", async ({ page }) => {
    await page.goto(AUT_0010);
    const message = page.locator(".code-message");
    await expect(message).toHaveText(
      "The metadata key {key} exceeds the maximum allowed length of {max_length} characters. Please use a shorter key.",
      { useInnerText: true },
    );
    const key = message.locator("var", { hasText: "{key}" });
    const tip = key.getByRole("tooltip");
    await expect(tip).toBeHidden();
    await expect(key).toHaveAccessibleDescription("e.g. tenant_color");

    await page.locator(".code-title").click();
    await page.keyboard.press("Tab");
    await expect(key).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText("e.g. tenant_color");
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await expect(key).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(message.locator("var", { hasText: "{max_length}" }).getByRole("tooltip")).toHaveText("e.g. 64");

    await key.hover();
    await expect(tip).toBeVisible();
    await tip.hover();
    await expect(tip).toBeVisible();
  });
});

test("on a phone the placeholders table fits, or scrolls in a labelled region that takes focus", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(AUT_0010);
  const region = page.getByRole("region", { name: "Placeholders table" });
  await expect(region).toHaveAttribute("tabindex", "0");
  const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
