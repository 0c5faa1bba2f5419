import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolationsInBothSchemes } from "./axe";
import { catalogs, entriesOf } from "./catalog-data";
import { catalogEnvelope, renderBody } from "../lib/formats";
import { bodyEntry } from "../lib/mock/target";

const authService = catalogs.find((c) => c.slug === "auth-service")!;
const entry = (code: string) => entriesOf(authService).find((e) => e.code === code)!;
/** A body exactly as the API sends it, on one line. */
const body = (code: string) => JSON.stringify(renderBody(catalogEnvelope(authService), { entry: bodyEntry(entry(code)) }));

/** A log with noise around bodies: AUTH_001 on lines 2, 5 and 9, AUTH_002 once, pretty-printed over lines 11–16, and
 * APP_999, a code no catalog has, in auth-service's envelope on line 18. */
const LOG = [
  "2026-12-02T10:14:01Z INFO  GET /health 200 1ms req=7f3a9c2e-41d8-4c1e-9a0b-2f1d3e4c5b6a",
  `2026-12-02T10:14:03Z WARN  POST /oauth/token 401 ${body("AUTH_001")}`,
  "2026-12-02T10:14:04Z INFO  GET /apps 200 12ms",
  "    at handler (/srv/app/routes/token.js:42:13)",
  `2026-12-02T10:14:05Z WARN  POST /oauth/token 401 ${body("AUTH_001")}`,
  "2026-12-02T10:14:06Z DEBUG cache miss key=0xdeadbeef",
  "2026-12-02T10:14:07Z INFO  GET /apps/42 200 3ms",
  "2026-12-02T10:14:08Z INFO  retrying in 200ms",
  `2026-12-02T10:14:09Z WARN  POST /oauth/token 401 ${body("AUTH_001")}`,
  "2026-12-02T10:14:10Z ERROR response body:",
  ...JSON.stringify(renderBody(catalogEnvelope(authService), { entry: bodyEntry(entry("AUTH_002")) }), null, 2).split("\n"),
  "2026-12-02T10:14:11Z INFO  GET /apps 200 9ms",
  `2026-12-02T10:14:12Z ERROR GET /apps/x 404 {"error":{"code":"APP_999","message":"Application x is gone","details":{}}}`,
].join("\n");
const AUTH_002_LINE = 11;
const APP_999_LINE = LOG.split("\n").findIndex((l) => l.includes("APP_999")) + 1;

/** Drops a file on the drop zone, as a browser's drag and drop does. */
async function dropFile(page: Page, name: string, text: string) {
  const data = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "text/plain" }));
      return transfer;
    },
    { name, text },
  );
  const zone = page.getByRole("form", { name: "Log to triage" });
  await zone.dispatchEvent("dragover", { dataTransfer: data });
  await zone.dispatchEvent("drop", { dataTransfer: data });
}

test("a dropped log lists every code with counts, lines and excerpts, the undocumented ones, and exports (issue 21)", async ({ page }) => {
  await page.goto("/triage");
  await expect(page.getByText("Nothing is uploaded.")).toBeVisible();
  await dropFile(page, "incident.log", LOG);

  const results = page.getByRole("region", { name: /codes? found/ });
  await expect(results.getByRole("heading", { level: 2 })).toContainText("1 undocumented");
  const table = results.getByRole("table", { name: `Codes from ${authService.service.name} found in the log` });
  const auth001 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "AUTH_001" }) });
  await expect(auth001.getByRole("cell").nth(2)).toHaveText("3");
  await expect(auth001.getByRole("button", { name: "Show line 2" })).toBeVisible();
  await expect(auth001.getByRole("button", { name: "Show line 9" })).toBeVisible();
  await expect(auth001.getByRole("link", { name: /AUTH_001/ })).toHaveAttribute("href", entry("AUTH_001").url);
  const auth002 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "AUTH_002" }) });
  await expect(auth002.getByRole("button", { name: `Show line ${AUTH_002_LINE}` })).toBeVisible();

  // The excerpt: the lines around the one clicked, that line marked.
  await auth001.getByRole("button", { name: "Show line 9" }).click();
  const excerpt = results.getByLabel(/^Lines 6 to 12 of the log$/);
  await expect(excerpt).toContainText("2026-12-02T10:14:09Z WARN  POST /oauth/token 401");
  await expect(excerpt.locator(".triage-excerpt-hit")).toContainText("10:14:09Z");
  await expect(auth001.getByRole("button", { name: "Show line 9" })).toHaveAttribute("aria-expanded", "true");

  const undocumented = results.getByRole("table", { name: "Undocumented codes found in the log" });
  const app999 = undocumented.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "APP_999" }) });
  await expect(app999).toContainText(authService.service.name);
  await expect(app999.getByRole("button", { name: `Show line ${APP_999_LINE}` })).toBeVisible();

  // The filter narrows the findings.
  await results.getByLabel("Filter findings").fill("AUTH_002");
  await expect(table.getByRole("rowheader").locator("code")).toHaveText(["AUTH_002"]);
  await results.getByLabel("Filter findings").fill("");

  // Markdown export: a file with a row per code and links to their pages.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    results.getByRole("button", { name: "Download as Markdown" }).click(),
  ]);
  const markdown = readFileSync((await download.path())!, "utf8");
  expect(markdown).toContain("AUTH_001");
  expect(markdown).toContain(entry("AUTH_001").url);
  expect(markdown).toContain("APP_999");

  await expectNoAxeViolationsInBothSchemes(page);
});

test("a share link reopens the findings, never the log (issue 21)", async ({ page, context }) => {
  await page.goto("/triage");
  await dropFile(page, "incident.log", LOG);
  const results = page.getByRole("region", { name: /codes? found/ });
  const share = results.getByRole("button", { name: "Copy share link: the findings, not the log" });
  await expect(share).toBeVisible();
  const url = (await share.getAttribute("data-copy-text"))!;
  expect(url).toMatch(/\/triage#r=/);
  // The link carries findings only: none of the log's text.
  expect(decodeURIComponent(url)).not.toContain("oauth/token");

  const other = await context.newPage();
  await other.goto(url);
  const reopened = other.getByRole("region", { name: /codes? found/ });
  await expect(reopened.getByRole("heading", { level: 2 })).toContainText("shared result");
  const row = reopened.getByRole("row").filter({ has: other.getByRole("rowheader", { name: "AUTH_001" }) });
  await expect(row.getByRole("cell").nth(2)).toHaveText("3");
  await expect(row).toContainText(entry("AUTH_001").title ?? entry("AUTH_001").message);
  await expect(reopened.getByRole("rowheader", { name: "APP_999" })).toBeVisible();
});
