import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothSchemes } from "./axe";
import ts from "typescript";
import { catalogs, entries, statusLabel } from "./catalog-data";
import { findInsights } from "../lib/insights";

test("the client guide renders highlighted code, tabs and live ErrorCode references", async ({ page }) => {
  await page.goto("/guides/handling-errors");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Handling these errors in a client");
  // Highlighted at build time: shiki spans with both theme colours.
  const code = page.getByRole("figure", { name: "TypeScript example" }).first();
  await expect(code.locator(".shiki span[style*='--shiki-dark']").first()).toBeAttached();

  const ref = page.locator(".error-code-ref", { hasText: "AUTH_007" }).first();
  const entry = entries.find((e) => e.code === "AUTH_007")!;
  await expect(ref.getByRole("link", { name: "AUTH_007" })).toHaveAttribute("href", entry.url);
  await expect(ref.locator(".badge")).toHaveText(statusLabel(entry.status));
  await expect(page.getByRole("note", { name: "Statuses are not always honest" })).toBeVisible();
  // The envelope examples come from the catalogs.
  await expect(page.getByRole("figure", { name: /^AuthOS envelope/ })).toContainText("error_code");
});

test("guide tabs work by keyboard", async ({ page }) => {
  await page.goto("/guides/handling-errors");
  const tablist = page.getByRole("tablist", { name: "Retry with backoff" });
  const first = tablist.getByRole("tab", { name: "TypeScript" });
  await expect(first).toHaveAttribute("aria-selected", "true");
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const python = tablist.getByRole("tab", { name: "Python" });
  await expect(python).toBeFocused();
  await expect(python).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Python" })).toContainText("def get_with_retry");
  await expect(page.getByRole("tabpanel", { name: "TypeScript" })).toBeHidden();
  await page.keyboard.press("End");
  await expect(tablist.getByRole("tab", { name: "curl" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(first).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tabpanel", { name: "TypeScript" })).toBeFocused();
});

test("/guides lists the guides", async ({ page }) => {
  await page.goto("/guides");
  // In the page, not the sidebar, which beside the guides lists them too.
  await page.getByRole("main").getByRole("link", { name: "Adding a catalog" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adding a catalog");
  await expect(page.getByRole("link", { name: "FORBIDDEN" })).toHaveAttribute("href", "/catalogs/accounts/forbidden");
});

test("/insights lists every finding with links to its codes", async ({ page }) => {
  const findings = findInsights(catalogs);
  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Insights");
  for (const f of findings) {
    const item = page.locator(`li[id="${f.id}"]`);
    await expect(item).toContainText(f.title);
    await expect(item.locator(".insight-state")).toHaveText(f.acknowledged ? "Acknowledged" : "Warning");
    for (const c of f.codes) await expect(item.locator(`a[href="${c.url}"]`).first()).toBeAttached();
  }
  const internal = page.locator('li[id="status-meaning:accounts:system:internal_error"]');
  await internal.getByRole("link", { name: "system:internal_error" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("system:internal_error");
});

test("the changelog lists the codes added, with dates, and is linked from the catalog page", async ({ page }) => {
  await page.goto("/catalogs/auth-service");
  await page.getByRole("link", { name: "Changelog" }).click();
  await expect(page).toHaveURL(/\/changelog\/auth-service$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auth Service");
  const catalog = catalogs.find((c) => c.slug === "auth-service")!;
  await expect(page.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\d/);
  await expect(page.getByRole("link", { name: catalog.errors[0]!.code, exact: true }).first()).toHaveAttribute(
    "href",
    "/catalogs/auth-service/auth-001",
  );
});

for (const catalog of catalogs) {
  test(`downloads of ${catalog.slug} answer with the right type and parse`, async ({ page, request }) => {
    await page.goto(`/catalogs/${catalog.slug}`);
    const nav = page.getByRole("navigation", { name: `Downloads for ${catalog.service.name}` });
    for (const suffix of [".json", ".schema.json", ".ts", ".openapi.json"])
      await expect(nav.locator(`a[href="/downloads/${catalog.slug}${suffix}"]`)).toBeVisible();

    const json = await request.get(`/downloads/${catalog.slug}.json`);
    expect(json.headers()["content-type"]).toMatch(/^application\/json/);
    const records = (await json.json()) as { code: string }[];
    expect(records.map((r) => r.code)).toEqual(catalog.errors.map((e) => e.code));

    const schema = await request.get(`/downloads/${catalog.slug}.schema.json`);
    expect(schema.headers()["content-type"]).toMatch(/^application\/schema\+json/);
    expect(((await schema.json()) as { $schema: string }).$schema).toContain("json-schema.org");

    const tsModule = await request.get(`/downloads/${catalog.slug}.ts`);
    expect(tsModule.headers()["content-type"]).toMatch(/^text\/typescript/);
    const source = await tsModule.text();
    const diagnostics =
      ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } }).diagnostics ?? [];
    expect(diagnostics).toEqual([]);
    expect(source).toContain(`export const codes = [`);

    const openapi = await request.get(`/downloads/${catalog.slug}.openapi.json`);
    expect(openapi.headers()["content-type"]).toMatch(/^application\/json/);
    const spec = (await openapi.json()) as { openapi: string; components: { examples: Record<string, { "x-errata": { code: string } }> } };
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.values(spec.components.examples).map((e) => e["x-errata"].code)).toEqual(catalog.errors.map((e) => e.code));
  });
}

test("all.json matches /api/errors and unknown downloads are 404", async ({ request }) => {
  const all = await (await request.get("/downloads/all.json")).json();
  const api = await (await request.get("/api/errors")).json();
  expect(all).toEqual(api);
  expect((await request.get("/downloads/nope.json")).status()).toBe(404);
});

test("on a phone, a guide's code reference keeps its badge and the punctuation after it on its line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/guides/handling-errors");
  const refs = page.locator(".error-code-ref");
  expect(await refs.count()).toBeGreaterThan(10);
  const parted = await refs.evaluateAll((els) =>
    els.flatMap((el) => {
      const line = (r: DOMRect | undefined) => (r ? Math.round(r.top + r.height / 2) : NaN);
      const codeEnd = [...el.querySelector("code")!.getClientRects()].at(-1);
      const badge = el.querySelector(".badge")!.getClientRects();
      const problems: string[] = [];
      if (badge.length !== 1 || Math.abs(line(codeEnd) - line(badge[0])) > 4) problems.push(`${el.textContent}: badge on another line`);
      const next = el.nextSibling;
      if (next?.nodeType === Node.TEXT_NODE && /^[),.;:]/.test(next.textContent ?? "")) {
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        if (Math.abs(line(range.getClientRects()[0]) - line(badge[badge.length - 1])) > 4)
          problems.push(`${el.textContent}: "${next.textContent![0]}" on the next line`);
      }
      return problems;
    }),
  );
  expect(parted).toEqual([]);
});

test("the all-codes download sentence flows as one paragraph", async ({ page }) => {
  await page.goto("/catalogs/all");
  const sentence = page.locator("main p", { hasText: "Download every code as" });
  // Running text: a flex or grid paragraph would turn its link and code into separate boxes (blockified).
  expect(await sentence.evaluate((p) => getComputedStyle(p).display)).toBe("block");
  expect(await sentence.getByRole("link", { name: "all.json" }).evaluate((a) => getComputedStyle(a).display)).toBe("inline");
});

for (const path of [
  "/guides",
  "/guides/handling-errors",
  "/guides/adding-a-catalog",
  "/insights",
  "/changelog/accounts",
  "/catalogs/all",
]) {
  test(`${path} has no axe violations in light and dark mode`, async ({ page }) => {
    // /catalogs/all holds every code, and its table is scanned in table-a11y.spec.ts, in both schemes: not twice.
    test.setTimeout(240_000);
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page, path === "/catalogs/all" ? { exclude: ".catalog-table" } : {});
  });
}

test("without JavaScript every tab panel of a guide is shown", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/guides/handling-errors");
  await expect(page.getByText("def get_with_retry")).toBeVisible();
  await expect(page.getByText("curl --fail-with-body")).toBeVisible();
  await context.close();
});
