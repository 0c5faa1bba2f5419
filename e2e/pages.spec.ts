import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothSchemes } from "./axe";
import { catalogs, entriesOf, shownMessage, statusLabel } from "./catalog-data";
import { fetchPage, normalizeText } from "./html";

test("home lists every catalog with its code counts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Look up any API error");
  for (const catalog of catalogs) {
    const card = page.locator(".card", { has: page.getByRole("link", { name: catalog.service.name, exact: true }) });
    await expect(card.getByRole("definition").first()).toHaveText(String(catalog.errors.length));
  }
  const total = catalogs.reduce((n, c) => n + c.errors.length, 0);
  await expect(page.getByText(`${catalogs.length} catalogs · ${total} error codes`)).toBeVisible();
});

for (const catalog of catalogs) {
  test(`catalog page ${catalog.slug} shows every code grouped by domain`, async ({ page }) => {
    await page.goto(`/catalogs/${catalog.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalog.service.name);
    const table = page.getByRole("table", { name: new RegExp(`^${catalog.service.name}: ${catalog.errors.length} error codes`) });
    await expect(table).toBeVisible();
    // Said once, by the page, when the source leaves the service unnamed; not again in the catalog's notes.
    await expect(page.getByRole("main").getByText(/does not name (this|the) service/)).toHaveCount(catalog.service.documented ? 0 : 1);
    for (const domain of catalog.domains) {
      const count = catalog.errors.filter((e) => e.domain === domain.name).length;
      await expect(table.getByRole("rowheader", { name: `${domain.name} (${count})`, exact: true })).toBeVisible();
    }
    const first = catalog.errors[0]!;
    const row = page.locator(`tr[id="${first.code}"]`);
    await expect(row.getByRole("link", { name: first.code, exact: true })).toBeVisible();
    await expect(row).toContainText(statusLabel(first.status));
    // Placeholders read by name in the row, as on the code page.
    // innerText: the placeholders' example tips are hidden until hovered or focused.
    expect(normalizeText(await row.locator(".row-message").innerText())).toContain(
      normalizeText(shownMessage(first.message, first.placeholders)),
    );
  });
}

// Plain HTTP, not the browser: this is the server-rendered text, and it grows with the catalogs, so one test per catalog.
for (const catalog of catalogs) {
  test(`every ${catalog.slug} code page shows its exact status and text`, async ({ request }) => {
    for (const entry of entriesOf(catalog)) {
      const { $, text } = await fetchPage(request, entry.url);
      $(".code-message .placeholder-tip").remove();
      expect(text("h1"), entry.url).toBe(normalizeText(entry.code));
      expect(text(".code-header .badge"), entry.url).toBe(normalizeText(statusLabel(entry.status)));
      expect(text(".code-message"), entry.url).toBe(normalizeText(shownMessage(entry.message, entry.placeholders)));
      if (entry.title) expect(text(".code-title"), entry.url).toBe(normalizeText(entry.title));
      for (const value of [entry.route, entry.meaning, entry.action])
        if (value) expect(text(".code-page"), entry.url).toContain(normalizeText(value));
      if (entry.action) expect(text(".facts"), entry.url).toContain(normalizeText(entry.action));
    }
  });
}

test("a code page shows placeholders and an example body in the catalog envelope", async ({ page }) => {
  await page.goto("/catalogs/identity-platform/aut-0010");
  await expect(page.getByRole("table", { name: "Placeholders in the message, in order" })).toContainText("tenant_color");
  const body = page.getByLabel(/^Response body for AUT-0010/);
  await expect(body).toContainText('"code": "AUT-0010"');
  await expect(body).toContainText("The metadata key tenant_color exceeds the maximum allowed length of 64 characters");
  await expect(page.getByLabel("Status line and headers")).toContainText("HTTP/1.1 400 Bad Request");
});

test("a status class is shown honestly and the example uses its x00", async ({ page }) => {
  await page.goto("/catalogs/auth-observability/auth-login-db-error");
  await expect(page.locator(".code-header .badge")).toHaveText("5xx Server error");
  await expect(page.getByText("the source documents only the status class")).toBeVisible();
  await expect(page.getByLabel("Status line and headers")).toContainText("HTTP/1.1 500 Internal Server Error");
});

test("pages render completely without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/catalogs/accounts");
  await expect(page.locator('tr[id="user:not_found"]')).toContainText("User not found");
  await page.goto("/catalogs/accounts/user-not-found");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("user:not_found");
  await context.close();
});

test("the theme toggle switches between system, light and dark", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /^Theme: / });
  await expect(toggle).toHaveAccessibleName("Theme: system. Switch to light");
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/light/);
  await page.getByRole("button", { name: "Theme: light. Switch to dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

for (const path of ["/", "/catalogs/auth-service", "/catalogs/identity-platform/aut-0010"]) {
  test(`${path} has no axe violations in light and dark mode`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page);
  });
}

test("code pages say whether to retry, preferring the catalog's documented action", async ({ page }) => {
  await page.goto("/catalogs/auth-service/auth-007");
  const facts = page.locator(".facts");
  await expect(facts.getByRole("definition").filter({ hasText: "Yes, with exponential backoff" })).toBeVisible();
  await expect(facts).toContainText("What to do");
  await page.goto("/catalogs/auth-observability/auth-login-db-error");
  await expect(facts).toContainText("Action (documented)");
  await expect(facts).toContainText("Treat as 5xx; investigate DB health before retrying.");
  await page.goto("/catalogs/accounts/user-not-found");
  await expect(facts.getByRole("definition").filter({ hasText: /^No$/ })).toBeVisible();
});
