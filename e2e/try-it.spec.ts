import { expectNoAxeViolationsInBothSchemes } from "./axe";
import { expect, test, type Page } from "./fixtures";

const AUT_0010 = "/catalogs/identity-platform/aut-0010";

/** The Try it region once its interactive panel has replaced the server-rendered stand-in (which has a tablist too). */
async function openPanel(page: Page, path = AUT_0010) {
  await page.goto(path);
  const region = page.getByRole("region", { name: "Try it" });
  await expect(region.locator(".tryit-panel[data-ready]").getByRole("tablist", { name: "Response format" })).toBeVisible();
  return region;
}

const bodyOf = (region: ReturnType<Page["getByRole"]>) => region.getByLabel(/^Response body for /);

test("editing a placeholder changes the body as you type", async ({ page }) => {
  const region = await openPanel(page);
  await expect(bodyOf(region)).toContainText("The metadata key tenant_color exceeds the maximum allowed length of 64 characters");
  await region.getByLabel("key", { exact: true }).fill("avatar_url");
  await region.getByLabel("max_length").fill("32");
  await expect(bodyOf(region)).toContainText("The metadata key avatar_url exceeds the maximum allowed length of 32 characters");
  await expect(region.getByTestId("tryit-curl")).toContainText("?key=avatar_url&max_length=32");
});

test("format tabs show the same error in every format, by click and by arrow key", async ({ page }) => {
  const region = await openPanel(page);
  const tabs = region.getByRole("tab");
  await expect(tabs).toHaveCount(6);
  await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
  await expect(tabs.first()).toContainText("code / title / message");

  await region.getByRole("tab", { name: "RFC 9457 problem+json" }).click();
  await expect(region.getByTestId("tryit-head")).toContainText("Content-Type: application/problem+json");
  await expect(bodyOf(region)).toContainText('"status": 400');
  await expect(bodyOf(region)).toContainText('"instance": "urn:request:req_7f3a9c2e41d8"');
  await region.getByLabel("Request id").fill("req_e2e");
  await expect(bodyOf(region)).toContainText('"instance": "urn:request:req_e2e"');

  await region.getByRole("tab", { name: /code \/ title \/ message/ }).focus();
  await page.keyboard.press("ArrowRight");
  const second = tabs.nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute("aria-selected", "true");
  await expect(bodyOf(region)).toContainText('"error": {');
  await expect(region.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", (await second.getAttribute("id"))!);
});

test("the copied curl command fetches exactly the response the panel shows", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const region = await openPanel(page);
  await region.getByLabel("key", { exact: true }).fill("name with spaces & 'quotes'");
  await region.getByRole("tab", { name: "Flat error / error_code" }).click();
  await region.getByLabel("Timestamp").fill("2026-12-01T09:00:00+01:00");
  await region.getByRole("button", { name: "Copy curl command for AUT-0010" }).click();
  await expect(region.getByRole("button", { name: "Copy curl command for AUT-0010" })).toHaveText("Copied");

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(region.getByTestId("tryit-curl")).toHaveText(copied);
  const match = /^curl -i '(.+)'$/.exec(copied);
  expect(match, copied).not.toBeNull();
  const url = match![1]!.replace(/'\\''/g, "'");
  expect(new URL(url).origin).toBe(new URL(page.url()).origin);

  const response = await request.get(url);
  const head = await region.getByTestId("tryit-head").innerText();
  const [statusLine, ...headerLines] = head.split("\n");
  expect(statusLine).toBe(`HTTP/1.1 ${response.status()} ${response.statusText()}`);
  for (const line of headerLines) {
    const [name, value] = line.split(": ");
    expect(response.headers()[name!.toLowerCase()], name).toBe(value);
  }
  const shown = await bodyOf(region).innerText();
  expect(await response.text()).toBe(shown);
  const body = JSON.parse(shown) as Record<string, unknown>;
  expect(body).toEqual({
    error: "The metadata key name with spaces & 'quotes' exceeds the maximum allowed length of 64 characters. Please use a shorter key.",
    error_code: "AUT-0010",
    timestamp: "2026-12-01T09:00:00+01:00",
  });
});

test("invalid details JSON shows an inline error the editor is described by", async ({ page }) => {
  const region = await openPanel(page, "/catalogs/auth-service/app-001");
  const editor = region.getByLabel("Details (JSON)");
  await expect(bodyOf(region)).toContainText('"details": {');
  await editor.fill('{"issues": [');
  await expect(editor).toHaveAttribute("aria-invalid", "true");
  await expect(editor).toHaveAccessibleDescription(/details is not valid JSON/);
  await expect(region.getByTestId("tryit-head")).toContainText("HTTP/1.1 400 Bad Request");
  await expect(bodyOf(region)).toContainText('"parameter": "details"');
  await editor.fill('{"field": "email"}');
  await expect(editor).toHaveAttribute("aria-invalid", "false");
  await expect(bodyOf(region)).toContainText('"field": "email"');
});

test("a status class code picks a status within its class", async ({ page }) => {
  const region = await openPanel(page, "/catalogs/auth-observability/auth-login-db-error");
  await expect(region.getByTestId("tryit-head")).toContainText("HTTP/1.1 500 Internal Server Error");
  await region.getByRole("textbox", { name: "Status" }).fill("503");
  await expect(region.getByTestId("tryit-head")).toContainText("HTTP/1.1 503 Service Unavailable");
  await region.getByRole("textbox", { name: "Status" }).fill("404");
  await expect(region.getByRole("textbox", { name: "Status" })).toHaveAccessibleDescription(/must be a status in 5xx/);
});

test("the Try it region shows the default response without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(AUT_0010);
  const region = page.getByRole("region", { name: "Try it" });
  await expect(region.getByLabel("Status line and headers")).toContainText("HTTP/1.1 400 Bad Request");
  await expect(region.getByLabel(/^Response body for AUT-0010/)).toContainText("tenant_color");
  await context.close();
});

test.describe("mock endpoint", () => {
  test("answers the code's status, envelope and headers", async ({ request }) => {
    const r = await request.get("/api/mock/identity-platform/AUT-0010?key=k&max_length=8");
    expect(r.status()).toBe(400);
    expect(r.headers()["content-type"]).toBe("application/json");
    expect(r.headers()["cache-control"]).toBe("no-store");
    expect(r.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await r.json()).toEqual({
      code: "AUT-0010",
      title: "Metadata Key Length Exceeded",
      message: "The metadata key k exceeds the maximum allowed length of 8 characters. Please use a shorter key.",
    });
    const problem = await request.get("/api/mock/accounts/user-not-found?format=rfc9457");
    expect(problem.status()).toBe(404);
    expect(problem.headers()["content-type"]).toBe("application/problem+json");
    const head = await request.head("/api/mock/auth-observability/auth-login-db-error?status=503");
    expect(head.status()).toBe(503);
  });

  const refusals: [string, number, string | null][] = [
    ["/api/mock/nope/AUT-0010", 404, "catalog"],
    ["/api/mock/identity-platform/NOPE-1", 404, "code"],
    ["/api/mock/identity-platform/aut-0010?colour=red", 400, "colour"],
    ["/api/mock/identity-platform/aut-0010?format=xml", 400, "format"],
    ["/api/mock/auth-observability/auth-login-db-error?status=404", 400, "status"],
    [`/api/mock/identity-platform/aut-0010?key=${"a".repeat(1025)}`, 414, "key"],
    [`/api/mock/identity-platform/aut-0010?${"x=1&".repeat(1100)}`, 414, null],
  ];
  for (const [url, status, parameter] of refusals) {
    test(`${url.slice(0, 70)} answers ${status} naming ${parameter}`, async ({ request }) => {
      const r = await request.get(url);
      expect(r.status()).toBe(status);
      expect(r.headers()["content-type"]).toBe("application/json");
      const body = (await r.json()) as { status: number; error: string; parameter: string | null };
      expect(body.status).toBe(status);
      expect(body.parameter).toBe(parameter);
      expect(body.error.length).toBeGreaterThan(0);
    });
  }
});

test("the Try it panel has no axe violations in light and dark mode", async ({ page }) => {
  const region = await openPanel(page, "/catalogs/accounts/user-not-found");
  await region.getByText(/TypeScript type and guard/).click();
  await expectNoAxeViolationsInBothSchemes(page, { include: "#try-it" });
});
