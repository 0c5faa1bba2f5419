import path from "node:path";
import { expect, test } from "../e2e/fixtures";
import { loadCatalogDir } from "../lib/catalog/load";
import { entriesOf } from "../lib/catalog/model";

// A catalog unlike the bundled five (e2e-hostile/catalogs/telephony.yaml): numeric codes, codes without an HTTP
// status, a 202, and envelope.default_status.
const fixtures = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs"));
const telephony = fixtures.find((c) => c.slug === "telephony")!;
const entry = (code: string) => entriesOf(telephony).find((e) => e.code === code)!;

test("a code without a status says so on its page, and Try it answers the catalog's default status", async ({ page }) => {
  await page.goto(entry("23505").url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("23505");
  await expect(page.locator(".code-header .badge")).toHaveText("No HTTP status");
  await expect(page.locator(".facts")).toContainText("None: the API sends this code without an HTTP status of its own");
  const region = page.getByRole("region", { name: "Try it" });
  await expect(region.getByRole("tablist", { name: "Response format" })).toBeVisible();
  await expect(region.getByLabel("Status line and headers")).toContainText("HTTP/1.1 400 Bad Request");
  await region.getByLabel("Status", { exact: true }).fill("409");
  await expect(region.getByLabel("Status line and headers")).toContainText("HTTP/1.1 409 Conflict");
});

test("the table shows a missing status as none, and its facet finds exactly those codes", async ({ page }) => {
  await page.goto(`/catalogs/${telephony.slug}?status=none`);
  const table = page.locator("table.interactive");
  await expect(table).toBeVisible();
  const none = entriesOf(telephony).filter((e) => e.status === undefined);
  await expect(table.locator("tbody tr[id] th[scope=row]")).toHaveText(none.map((e) => e.code));
  await expect(table.locator(`tr[id="30003"]`)).toContainText("No HTTP status");
  await expect(page.locator(".catalog-intro .counts")).toContainText(`1 below 400 · ${none.length} without an HTTP status`);
  // The Status class facet keeps "none" in the URL too, through a reload.
  await page.goto(`/catalogs/${telephony.slug}?class=none`);
  await page.reload();
  await expect(page.locator("table.interactive tbody tr[id] th[scope=row]")).toHaveText(none.map((e) => e.code));
  await expect(page).toHaveURL(/class=none/);
});

test("numeric codes have short links, mock answers and search results like any other", async ({ request }) => {
  const short = await request.get("/e/23505", { maxRedirects: 0 });
  expect(short.status()).toBe(308);
  expect(new URL(short.headers()["location"]!, "http://x").pathname).toBe(entry("23505").url);
  const mock = await request.get(`/api/mock/${telephony.slug}/23505`);
  expect(mock.status()).toBe(400);
  // The telephony envelope sends a numeric code as a JSON number ({{code | number}}), as Twilio does.
  expect(await mock.json()).toMatchObject({ code: 23505, status: 400, more_info: expect.stringMatching(/\/e\/23505$/) as unknown });
  const asked = await request.get(`/api/mock/${telephony.slug}/30003?status=503`);
  expect(asked.status()).toBe(503);
  const search = (await (await request.get("/api/search?q=23505")).json()) as { results: { code: string; status: unknown }[] };
  expect(search.results[0]).toMatchObject({ code: "23505", status: null });
  // sign-in has the code 50126 itself; AADSTS50126 follows it.
  const byPart = (await (await request.get("/api/search?q=50126")).json()) as { results: { code: string }[] };
  expect(byPart.results.slice(0, 2).map((r) => r.code)).toEqual(["50126", "AADSTS50126"]);
  const all = (await (await request.get("/api/errors")).json()) as { code: string; status: unknown }[];
  expect(all.find((r) => r.code === "30003")?.status).toBeNull();
});

test("a code's Markdown docs render under their own heading, as data, and its vars as labelled fields", async ({ page, request }) => {
  await page.goto(entry("21211").url);
  const docs = page.getByRole("region", { name: "Documentation" });
  await expect(docs.getByRole("heading", { level: 3 })).toHaveText("Possible causes");
  await expect(docs.getByRole("heading", { level: 4 })).toHaveText("Possible solutions");
  // Raw HTML is text; an unsafe link is its label; a safe one is a link.
  await expect(docs).toContainText("The number is a <b>landline</b> that cannot receive SMS.");
  await expect(docs.locator("b")).toHaveCount(0);
  await expect(docs.getByRole("link", { name: "E.164" })).toHaveAttribute("href", "https://www.itu.int/rec/T-REC-E.164");
  await expect(docs.getByRole("link", { name: "this" })).toHaveCount(0);
  await expect(docs.getByRole("table")).toContainText("E.164");
  const facts = page.locator(".facts");
  for (const [name, value] of Object.entries(entry("21211").vars ?? {})) {
    await expect(facts.locator("div", { has: page.locator("dt", { hasText: name }) }).locator("dd")).toHaveText(value);
  }
  const found = (await (await request.get("/api/search?q=landline")).json()) as { results: { code: string }[] };
  expect(found.results.map((r) => r.code)).toContain("21211");
});

// A payments API in a Stripe-like envelope declared as a template (e2e-hostile/catalogs/payments.yaml): no TypeScript.
const payments = fixtures.find((c) => c.slug === "payments")!;
const pay = (code: string) => entriesOf(payments).find((e) => e.code === code)!;

test("a code page's Try it speaks the catalog's own envelope, with vars, its page URL and placeholders", async ({ page }, info) => {
  await page.goto(pay("card_declined").url);
  const region = page.getByRole("region", { name: "Try it" });
  const tabs = region.getByRole("tab");
  await expect(tabs.first()).toHaveText("Payments API envelope (catalog)");
  await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
  await expect(region.getByLabel("Status line and headers")).toContainText("HTTP/1.1 402 Payment Required");
  const body = region.getByLabel("Response body for card_declined");
  await expect
    .poll(async () => JSON.parse((await body.textContent()) ?? "null") as unknown)
    .toEqual({
      error: {
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
        param: "payment_method",
        // Built without ERRATA_ORIGIN: the page's own origin.
        doc_url: `${new URL(page.url()).origin}${pay("card_declined").url}`,
        request_log_url: "https://dashboard.payments.example/logs/req_7f3a9c2e41d8",
      },
    });
  // The request id is an input, since the template uses {{request_id}}.
  await region.getByLabel("Request id").fill("req_42");
  await expect(body).toContainText("https://dashboard.payments.example/logs/req_42");
  await page.screenshot({ path: info.outputPath("payments-card-declined.png"), fullPage: true });

  // {min_amount} twice is one input; both places take its value.
  await page.goto(pay("amount_too_small").url);
  const tryIt = page.getByRole("region", { name: "Try it" });
  await tryIt.getByLabel("min_amount").fill("100");
  await expect(tryIt.getByLabel("Response body for amount_too_small")).toContainText(
    "Amount must be at least 100 usd; 100 is the minimum for usd.",
  );
});

test("the mock leaves out keys a code has no value for, and downloads describe the template", async ({ request }) => {
  const cvc = (await (await request.get(`/api/mock/${payments.slug}/incorrect_cvc`)).json()) as { error: Record<string, unknown> };
  expect(Object.keys(cvc.error)).toEqual(["type", "code", "message", "param", "doc_url", "request_log_url"]);
  const missing = (await (await request.get(`/api/mock/${payments.slug}/parameter_missing?arg1=currency`)).json()) as {
    error: Record<string, unknown>;
  };
  expect(missing.error).toMatchObject({ type: "invalid_request_error", message: "Missing required param: currency." });
  expect(missing.error).not.toHaveProperty("param");
  // A code without a status answers envelope.default_status.
  expect((await request.get(`/api/mock/${payments.slug}/payout_reconciliation_pending`)).status()).toBe(402);
  const schema = (await (await request.get(`/downloads/${payments.slug}.schema.json`)).json()) as {
    $defs: { code: { enum: string[] } };
    properties: { error: { required: string[] } };
  };
  expect(schema.$defs.code.enum).toEqual(payments.errors.map((e) => e.code));
  expect(schema.properties.error.required).toEqual(["type", "code", "message", "doc_url", "request_log_url"]);
  const ts = await (await request.get(`/downloads/${payments.slug}.ts`)).text();
  expect(ts).toContain("export type PaymentsError = {");
  expect(ts).toContain("decline_code?: string;");
  const signIn = await request.get("/api/mock/sign-in/50126");
  expect(signIn.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(await signIn.json()).toMatchObject({
    error: "invalid_grant",
    error_description: "AADSTS50126: Error validating credentials due to invalid username or password.",
    error_codes: [50126],
  });
});

test("a pasted body in a declared envelope is recognised by its shape and code", async ({ page }) => {
  const body = JSON.stringify({
    error: { type: "card_error", code: "expired_card", message: "Your card has expired.", param: "exp_month" },
  });
  await page.goto(`/search?q=${encodeURIComponent(body)}`);
  await expect(page.getByTestId("search-identified")).toHaveText("Recognised the Payments API envelope: code expired_card.");
  await expect(page.getByRole("link", { name: /expired_card/ }).first()).toBeVisible();
  const entra = JSON.stringify({
    error: "invalid_grant",
    error_description: "AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.",
  });
  await page.goto(`/search?q=${encodeURIComponent(entra)}`);
  await expect(page.getByTestId("search-identified")).toHaveText("Recognised the Sign-in Service envelope: code 700016.");
});

test("a vars facet filters the table, and each domain has a page of its own", async ({ page }) => {
  await page.goto(`/catalogs/${payments.slug}?type=card_error`);
  const table = page.locator("table.interactive");
  await expect(table.locator("tbody tr[id] th[scope=row]")).toHaveText(["card_declined", "expired_card", "incorrect_cvc"]);
  // A vars facet is a toolbar button like the built-in ones; its list opens on click.
  await page
    .getByRole("group", { name: "Facets" })
    .getByRole("button", { name: /^type(\s*,|$)/ })
    .click();
  const facet = page.getByRole("group", { name: "type" });
  await facet.getByLabel(/^rate_limit_error/).check();
  await expect(page).toHaveURL(/type=card_error,rate_limit_error/);
  await expect(table.locator("tbody tr[id] th[scope=row]")).toHaveText(["card_declined", "expired_card", "incorrect_cvc", "rate_limit"]);
  await page.goto(`/catalogs/${payments.slug}/domains/requests`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
  // No view in the URL: the table shown is the one drawn before first use, which lists the same rows.
  await expect(page.locator("table.error-table tbody tr[id] th[scope=row]")).toHaveText([
    "amount_too_small",
    "parameter_missing",
    "rate_limit",
  ]);
  await expect(page.getByRole("navigation", { name: "Other domains" }).getByRole("link")).toHaveText(["← Cards", "Payouts →"]);
});
