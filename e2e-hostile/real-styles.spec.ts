import path from "node:path";
import { expect, test } from "../e2e/fixtures";
import { loadCatalogDir } from "../lib/catalog/load";
import { entriesOf } from "../lib/catalog/model";

// A catalog unlike the bundled five (e2e-hostile/catalogs/telephony.yaml): numeric codes, codes without an HTTP
// status, a 202, and envelope.default_status.
const telephony = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs")).find((c) => c.slug === "telephony")!;
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
  expect(((await mock.json()) as { error: { code: string } }).error.code).toBe("23505");
  const asked = await request.get(`/api/mock/${telephony.slug}/30003?status=503`);
  expect(asked.status()).toBe(503);
  const search = (await (await request.get("/api/search?q=23505")).json()) as { results: { code: string; status: unknown }[] };
  expect(search.results[0]).toMatchObject({ code: "23505", status: null });
  const byPart = (await (await request.get("/api/search?q=50126")).json()) as { results: { code: string }[] };
  expect(byPart.results[0]?.code).toBe("AADSTS50126");
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
