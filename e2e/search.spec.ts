import { expect, test, type Page } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { entries } from "./catalog-data";

const auth001 = entries.find((e) => e.code === "AUTH_001")!;

async function openWith(page: Page, keys: string) {
  await page.goto("/catalogs/auth-service");
  await expect(page.getByRole("link", { name: "Search errors" })).toBeVisible();
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press(keys);
  const input = page.getByRole("combobox", { name: "Search errors" });
  await expect(input).toBeFocused();
  return input;
}

test.describe("search dialog", () => {
  test("opens with / and searches with the keyboard only; Enter opens the active result", async ({ page }) => {
    const input = await openWith(page, "/");
    await expect(page.getByRole("status").filter({ hasText: /Type a code|Loading/ })).toBeVisible();
    await input.pressSequentially("auth 001");
    const options = page.getByRole("option");
    await expect(options.first()).toContainText("AUTH_001");
    await expect(page.getByRole("status").filter({ hasText: /\d+ results?\./ })).toBeVisible();
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(input).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
    await input.press("Enter");
    await expect(page).toHaveURL(auth001.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AUTH_001");
  });

  for (const [pasted, code] of [
    ["code: AUT-1002", "AUT-1002"],
    ["TOKEN_EXPRIED", "TOKEN_EXPIRED"],
  ] as const) {
    test(`support staff paste "${pasted}": Enter opens ${code}`, async ({ page }) => {
      const input = await openWith(page, "/");
      await input.fill(pasted);
      await expect(page.getByRole("option").first().locator("code")).toHaveText(code);
      await input.press("Enter");
      await expect(page).toHaveURL(entries.find((e) => e.code === code)!.url);
    });
  }

  test("opens with Ctrl+K; arrows move the active option; Escape closes and returns focus", async ({ page }) => {
    await page.goto("/");
    const launcher = page.getByRole("link", { name: "Search errors" });
    await launcher.focus();
    await page.keyboard.press("Control+k");
    const input = page.getByRole("combobox", { name: "Search errors" });
    await expect(input).toBeFocused();
    await input.pressSequentially("pasword");
    const options = page.getByRole("option");
    await expect(options.nth(1)).toBeVisible();
    const second = await options.nth(1).getAttribute("id");
    await input.press("ArrowDown");
    await expect(input).toHaveAttribute("aria-activedescendant", second!);
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await input.press("ArrowUp");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    // The misspelling is forgiven and the corrected word is marked.
    await expect(page.locator(".search-dialog mark").first()).toHaveText(/password/i);
    // Tab skips the scrolling list (the options are chosen from the input) and reaches the search page link.
    await input.press("Tab");
    await expect(page.getByRole("link", { name: "All results on the search page" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(input).toBeFocused();
    await input.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(launcher).toBeFocused();
  });

  test("the header link opens the dialog with a click", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Search errors" }).click();
    await expect(page.getByRole("combobox", { name: "Search errors" })).toBeFocused();
    await expect(page).toHaveURL("/");
  });

  test("/ typed in a text field does not open the dialog", async ({ page }) => {
    await page.goto("/search");
    await page.getByLabel(/Code, words/).fill("a/b");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(page.getByLabel(/Code, words/)).toHaveValue("a/b");
  });

  test("each result shows code, catalog, status and a highlighted snippet", async ({ page }) => {
    const input = await openWith(page, "Control+k");
    await input.fill("backup codes");
    const first = page.getByRole("option").first();
    await expect(first.locator("code")).toHaveText("totp:backup_code_exhausted");
    await expect(first).toContainText("Accounts");
    await expect(first.locator(".badge")).toHaveText("401 Unauthorized");
    await expect(first.locator("mark")).toHaveText(["Backup", "codes"]);
  });

  test("a pasted error body is identified, and an unknown code is said plainly", async ({ page }) => {
    const input = await openWith(page, "/");
    await input.fill(
      '{"code": "AUT-1002", "title": "Invalid Username or Password", "message": "The provided username or password is incorrect."}',
    );
    await expect(page.getByTestId("search-identified")).toContainText("Identity Platform");
    await expect(page.getByTestId("search-identified")).toContainText("AUT-1002");
    await expect(page.getByRole("option").first().locator("code")).toHaveText("AUT-1002");
    await input.fill('{"error": {"code": "AUTH_999", "message": "Password too weak"}}');
    await expect(page.getByTestId("search-identified")).toContainText("AUTH_999 is not in any catalog");
  });

  test("the open dialog has no axe violations", async ({ page }) => {
    const input = await openWith(page, "/");
    await input.fill("token");
    await expect(page.getByRole("option").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include(".search-dialog").analyze();
    expect(results.violations).toEqual([]);
  });

  test("FlexSearch and the index load only on first use", async ({ page }) => {
    const indexRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/search-index/")) indexRequests.push(r.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(indexRequests).toEqual([]);
    await page.keyboard.press("/");
    await expect(page.getByRole("combobox", { name: "Search errors" })).toBeFocused();
    await expect.poll(() => indexRequests.some((u) => u.endsWith("/search-index/manifest.json"))).toBe(true);
  });
});

test.describe("search dialog keyboard", () => {
  test("keys typed while the dialog is still loading are kept", async ({ page }) => {
    // Hold the dialog's own chunk back, as a slow network would, so every key is typed before it exists.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    await page.keyboard.type("expirde");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("ed");
    release();
    const input = page.getByRole("combobox", { name: "Search errors" });
    await expect(input).toHaveValue("expired");
    await expect(input).toBeFocused();
    await expect(page.getByRole("option").first()).toContainText(/expired/i);
    // Typing carries on at the end of what was kept.
    await page.keyboard.type(" token");
    await expect(input).toHaveValue("expired token");
  });

  test("the option chosen with the arrow keys is scrolled into sight", async ({ page }) => {
    await page.goto("/");
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    await page.getByRole("combobox", { name: "Search errors" }).fill("token");
    const options = page.getByRole("option");
    await expect.poll(() => options.count()).toBeGreaterThan(9);
    const count = await options.count();
    for (let i = 1; i < count; i++) await page.keyboard.press("ArrowDown");
    const last = options.nth(count - 1);
    await expect(last).toHaveAttribute("aria-selected", "true");
    await expect(last).toBeInViewport({ ratio: 0.9 });
    await page.keyboard.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(options.first()).toBeInViewport({ ratio: 0.9 });
  });
});

test.describe("search dialog on demand", () => {
  test("a big static site: only the manifest on opening, the current catalog's shard on first search, the rest after, with progress said", async ({
    page,
  }) => {
    const requested: string[] = [];
    let release!: () => void;
    const others = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/search-index/*", async (route) => {
      const file = new URL(route.request().url()).pathname.split("/").pop()!;
      requested.push(file);
      const response = await route.fetch();
      if (file === "manifest.json") {
        // The real manifest, made to say what a big static export's says: past the first-use budget, no /api/search.
        const manifest = (await response.json()) as { shards: object[] };
        const shards = manifest.shards.map((s) => ({ ...s, bytesGz: 60_000 }));
        await route.fulfill({ response, json: { ...manifest, searchApi: false, shards } });
        return;
      }
      if (file !== "identity-platform.json") await others;
      await route.fulfill({ response });
    });
    await page.goto("/catalogs/identity-platform");
    await expect(page.getByRole("link", { name: "Search errors" })).toBeVisible();
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    const input = page.getByRole("combobox", { name: "Search errors" });
    const status = page.locator(".search-dialog-status");
    await expect(status).toHaveText(/^Type a code/);
    expect(requested).toEqual(["manifest.json"]);

    await input.pressSequentially("AUT-1002");
    await expect(page.getByRole("option").first().locator("code")).toHaveText("AUT-1002");
    expect(requested[1]).toBe("identity-platform.json");
    await expect(status).toContainText("Searching 1 of 5 parts…");
    // A code of another catalog is found once its shard arrives, and the status stops counting.
    await input.fill("AUTH_001");
    await expect(status).toContainText("Searching 1 of 5 parts…");
    await expect(page.getByRole("option").filter({ hasText: "AUTH_001" })).toHaveCount(0);
    release();
    await expect(page.getByRole("option").first().locator("code")).toHaveText("AUTH_001");
    await expect(status).toHaveText(/^\d+ results?\. Use the up and down arrows to choose, Enter to open\.$/);
    expect(requested.sort()).toEqual([
      "accounts.json",
      "auth-observability.json",
      "auth-service.json",
      "authos.json",
      "identity-platform.json",
      "manifest.json",
    ]);
  });
});

test.describe("home page lookup", () => {
  const box = (page: Page) => page.getByRole("combobox", { name: /error code, a message or a pasted JSON error body/ });

  test("a code typed and submitted lands on its page", async ({ page }) => {
    await page.goto("/");
    await box(page).fill("auth 001");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page).toHaveURL(auth001.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AUTH_001");
  });

  test("answers as you type with the search engine, and Enter opens the chosen answer", async ({ page }) => {
    await page.goto("/");
    const input = box(page);
    await input.pressSequentially("TOKEN_EXPRIED");
    const options = page.getByRole("search", { name: "Look up an error" }).getByRole("option");
    await expect(options.first().locator("code")).toHaveText("TOKEN_EXPIRED");
    await expect(input).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
    await input.press("Enter");
    await expect(page).toHaveURL(entries.find((e) => e.code === "TOKEN_EXPIRED")!.url);
  });

  test.describe("pasting", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });
    test("a multi-line JSON error body is identified and leads to its code", async ({ page }) => {
      await page.goto("/");
      const body = JSON.stringify(
        { code: "AUT-1002", title: "Invalid Username or Password", message: "The provided username or password is incorrect." },
        null,
        2,
      );
      expect(body).toContain("\n");
      await page.evaluate((text) => navigator.clipboard.writeText(text), body);
      await box(page).focus();
      await page.keyboard.press("ControlOrMeta+V");
      const identified = page.getByRole("search", { name: "Look up an error" }).getByTestId("search-identified");
      await expect(identified).toContainText("Identity Platform");
      await expect(identified).toContainText("AUT-1002");
      await box(page).press("Enter");
      await expect(page).toHaveURL(entries.find((e) => e.code === "AUT-1002")!.url);
    });
  });

  test("has no axe violations with its answers shown", async ({ page }) => {
    await page.goto("/");
    await box(page).fill("token");
    await expect(page.getByRole("option").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include(".home-lookup").analyze();
    expect(results.violations).toEqual([]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("submits to the search page", async ({ page }) => {
      await page.goto("/");
      await box(page).fill('{"error": {"code": "AUTH_003", "message": "Invalid credentials"}}');
      await page.getByRole("button", { name: "Look up" }).click();
      await expect(page).toHaveURL(/\/search\?q=/);
      await expect(page.getByTestId("search-identified")).toContainText("AUTH_003");
      await expect(page.locator(".search-results li").first().locator("code")).toHaveText("AUTH_003");
    });
  });
});

test.describe("/search page", () => {
  test("renders results on the server and submits with the form", async ({ page }) => {
    await page.goto("/search?q=credentails");
    await expect(page.getByRole("heading", { level: 2 })).toContainText("for “credentails”");
    await expect(page.locator(".search-results li").first()).toContainText(/credentials/i);
    await page.getByLabel(/Code, words/).fill("AUT 0010");
    await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=AUT\+0010/);
    await expect(page.locator(".search-results a").first()).toHaveAttribute("href", "/catalogs/identity-platform/aut-0010");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("works, including a filled-in message", async ({ page }) => {
      await page.goto("/search");
      await page.getByLabel(/Code, words/).fill("The metadata key tenant_color exceeds the maximum allowed length of 64 characters");
      await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.locator(".search-results li").first().locator("code")).toHaveText("AUT-0010");
    });
  });

  test("takes a pasted body up to 2 KB however long its percent-encoding", async ({ page }) => {
    // 1,556 bytes, over 4,000 characters once encoded: quotes and Japanese text each take three or more.
    const body = JSON.stringify({
      code: "user:not_found",
      message: "User not found",
      details: { hint: "ユーザーが見つかりません。".repeat(38) },
    });
    expect(encodeURIComponent(body).length).toBeGreaterThan(4096);
    const res = await page.goto(`/search?q=${encodeURIComponent(body)}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator(".search-results a").first()).toHaveAttribute("href", "/catalogs/accounts/user-not-found");
  });

  test("shows a message's placeholders by name, in the results page and in the dialog", async ({ page }) => {
    const query = "maximum allowed shorter";
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const snippet = page.locator(".search-results li").first().locator(".search-snippet");
    await expect(snippet).toContainText("The metadata key {key} exceeds the maximum allowed length of {max_length} characters");
    await expect(snippet.locator("var.placeholder")).toHaveText(["{key}", "{max_length}"]);
    await expect(snippet.locator("mark")).toHaveText(["maximum", "allowed", "shorter"]);
    const input = await openWith(page, "/");
    await input.fill(query);
    const option = page.getByRole("option").first();
    await expect(option.locator("code")).toHaveText("AUT-0010");
    await expect(option.locator("var.placeholder")).toHaveText(["{key}", "{max_length}"]);
    await expect(option).not.toContainText("%v");
  });

  test("has no axe violations", async ({ page }) => {
    await page.goto("/search?q=token");
    const results = await new AxeBuilder({ page }).include("main").analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe("GET /api/search", () => {
  test("answers results best first in the documented shape", async ({ request }) => {
    const res = await request.get("/api/search?q=AUTH_001&limit=3");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.query).toBe("AUTH_001");
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results[0]).toEqual({
      catalog: "auth-service",
      code: "AUTH_001",
      status: auth001.status,
      title: null,
      message: auth001.message,
      url: auth001.url,
      score: expect.any(Number),
      matched: ["code"],
    });
    const scores = body.results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test("names each result's placeholders when asked, and says when the flag is wrong", async ({ request }) => {
    const asked = await (await request.get("/api/search?q=AUT-0010&limit=1&placeholders=1")).json();
    expect(asked.results[0]).toMatchObject({ code: "AUT-0010", placeholders: ["key", "max_length"] });
    const plain = await (await request.get("/api/search?q=AUT-0010&limit=1")).json();
    expect(plain.results[0]).not.toHaveProperty("placeholders");
    const wrong = await request.get("/api/search?q=AUT-0010&placeholders=yes");
    expect(wrong.status()).toBe(400);
    expect(await wrong.json()).toMatchObject({ parameter: "placeholders" });
  });

  test("identifies a pasted body", async ({ request }) => {
    const q = '{"detail": {"status": "error", "code": "auth_login_db_error", "message": "x"}}';
    const body = await (await request.get(`/api/search?q=${encodeURIComponent(q)}`)).json();
    expect(body.identified).toMatchObject({ format: "detail-wrapper", known: true });
    expect(body.results[0].code).toBe("auth_login_db_error");
  });

  for (const [qs, parameter] of [
    ["", "q"],
    ["?q=", "q"],
    [`?q=${"x".repeat(2100)}`, "q"],
    // 2,100 bytes: over the query limit, and 6,300 characters encoded, still under the URL limit.
    [`?q=${encodeURIComponent('"'.repeat(2100))}`, "q"],
    ["?q=a&limit=0", "limit"],
    ["?q=a&limit=lots", "limit"],
  ] as const) {
    test(`400 for ${qs.slice(0, 30) || "no query"}`, async ({ request }) => {
      const res = await request.get(`/api/search${qs}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.parameter).toBe(parameter);
      expect(body.error).toEqual(expect.any(String));
    });
  }

  test("a query within 2 KB is answered however many characters its encoding takes", async ({ request }) => {
    const res = await request.get(`/api/search?q=${encodeURIComponent('"'.repeat(1400))}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).query).toBe('"'.repeat(1400));
  });

  test("odd input never gets a 5xx", async ({ request }) => {
    for (const q of ["{", '{"code": 5}', "%v %s", "\u0000", "((((", "[]", "🙂", '{"error": {"code": ""}}']) {
      const res = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status(), q).toBeLessThan(500);
    }
  });
});

test.describe("header search link without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("leads to the search page", async ({ page }) => {
    await page.goto("/catalogs/accounts");
    await page.getByRole("link", { name: "Search errors" }).click();
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByLabel(/Code, words/)).toBeVisible();
  });
});
