import { expect, test, type Page } from "./fixtures";
import { catalogs, entries, statusLabel } from "./catalog-data";
import { operationsOf } from "../lib/catalog/operations";
import { catalogNamed, openFacet, openTable, shownCodes } from "./table-helpers";

const auth = catalogNamed("auth-service");
const count = (pred: (e: (typeof auth.errors)[number]) => boolean) => auth.errors.filter(pred).length;

test.describe("filter", () => {
  for (const query of ["auth 001", "auth-001", "AUTH_001", "Auth001"]) {
    test(`"${query}" finds AUTH_001 and highlights it`, async ({ page }) => {
      const { filter, table } = await openTable(page, "/catalogs/auth-service");
      await filter.fill(query);
      const row = table.locator('tr[id="AUTH_001"]');
      await expect(row).toBeVisible();
      await expect(row.locator("mark").first()).toHaveText("AUTH_001");
      await expect(table.locator('tr[id="AUTH_002"]')).toHaveCount(0);
      await expect.poll(() => shownCodes(page)).toContain("AUTH_001");
    });
  }

  test("searches fields that are not shown (route, meaning)", async ({ page }) => {
    const obs = catalogNamed("auth-observability");
    const entry = obs.errors.find((e) => e.meaning)!;
    const { filter } = await openTable(page, "/catalogs/auth-observability");
    await filter.fill(entry.meaning!.split(" ").slice(0, 3).join(" "));
    // The rows follow the filter a render later (it is deferred): retry the reads, as the locator assertions do.
    await expect.poll(() => shownCodes(page)).toContain(entry.code);
    await expect.poll(async () => (await shownCodes(page)).length).toBeLessThan(obs.errors.length);
  });

  test("a row that matches only in an unshown field says where", async ({ page }) => {
    const obs = catalogNamed("auth-observability");
    const entry = obs.errors.find((e) => e.action?.includes("investigate DB"))!;
    const { filter, table } = await openTable(page, "/catalogs/auth-observability");
    await filter.fill("investigate DB");
    const row = table.locator(`tr[id="${entry.code}"]`);
    await expect(row.locator(".row-also")).toContainText(`Also matches: ${entry.action}`);
    await expect(row.locator(".row-also mark")).toHaveText(["investigate DB"]);
    // A match on what the row shows needs no such line.
    await filter.fill(entry.code);
    await expect(row).toBeVisible();
    await expect(row.locator(".row-also")).toHaveCount(0);
  });

  test("an empty result says what to try, and Clear filters brings every row back", async ({ page }) => {
    const { filter } = await openTable(page, "/catalogs/auth-service");
    await filter.fill("zzqx nothing matches this");
    await expect(page.getByText("No codes match")).toBeVisible();
    await expect(page.getByText("Try fewer or shorter words")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(filter).toHaveValue("");
    await expect.poll(() => shownCodes(page)).toHaveLength(auth.errors.length);
  });
});

test.describe("facets", () => {
  test("counts follow the other active filters, and values left with no codes are not listed", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/auth-service");
    const n401 = count((e) => e.status === 401);
    const box401 = (await openFacet(page, "HTTP status")).getByRole("checkbox", { name: `401 (${n401})`, exact: true });
    await expect(box401).toBeVisible();
    const domains = await openFacet(page, "Domain");
    for (const domain of auth.domains) {
      const n = count((e) => e.domain === domain.name);
      await expect(domains.getByRole("checkbox", { name: `${domain.name} (${n})`, exact: true })).toBeVisible();
    }
    await (await openFacet(page, "HTTP status")).getByRole("checkbox", { name: `401 (${n401})`, exact: true }).check();
    await expect(page).toHaveURL(/status=401/);
    await expect(table.locator("tbody tr[id]")).toHaveCount(n401);
    // The status facet keeps its own counts; the domain facet narrows to 401s and drops domains with none.
    await expect(page.getByRole("checkbox", { name: `400 (${count((e) => e.status === 400)})`, exact: true })).toBeVisible();
    const narrowed = await openFacet(page, "Domain");
    for (const domain of auth.domains) {
      const n = count((e) => e.domain === domain.name && e.status === 401);
      const box = narrowed.getByRole("checkbox", { name: `${domain.name} (${n})`, exact: true });
      if (n > 0) await expect(box).toBeVisible();
      else await expect(box).toHaveCount(0);
    }
    const classes = await openFacet(page, "Status class");
    await expect(classes.getByRole("checkbox", { name: `4xx (${n401})`, exact: true })).toBeVisible();
    await expect(classes.getByRole("checkbox", { name: /^5xx/ })).toHaveCount(0);
    await expect(classes).toContainText("1 value matches no codes with the other filters.");
    // The selection shows as a chip that removes it.
    await page.getByRole("button", { name: "Remove filter HTTP status: 401" }).click();
    await expect(table.locator("tbody tr[id]")).toHaveCount(auth.errors.length);
    await expect(page).not.toHaveURL(/status=/);
  });

  test("a status documented only by its class is told apart from the Status class facet", async ({ page }) => {
    await openTable(page, "/catalogs/all");
    const all = catalogs.flatMap((c) => c.errors);
    const classOnly = all.filter((e) => String(e.status) === "5xx").length;
    const server = all.filter((e) => String(e.status).startsWith("5")).length;
    expect(classOnly).toBeGreaterThan(0);
    await expect(
      (await openFacet(page, "HTTP status")).getByRole("checkbox", { name: `5xx, class only (${classOnly})`, exact: true }),
    ).toBeVisible();
    await expect((await openFacet(page, "Status class")).getByRole("checkbox", { name: `5xx (${server})`, exact: true })).toBeVisible();
  });

  test("the Retry facet narrows to the codes a client may retry, as their pages advise", async ({ page }) => {
    const accounts = catalogNamed("accounts");
    const retryable = entries.filter((e) => e.catalog === "accounts" && operationsOf(e).retry === "with-backoff");
    // Retryable: its 5xx and 429 codes, and system:internal_error, documented as 400 but a server fault.
    expect(retryable.map((e) => e.code)).toContain("system:internal_error");
    expect(accounts.errors.length).toBeGreaterThan(retryable.length);
    const { table } = await openTable(page, "/catalogs/accounts");
    const retry = await openFacet(page, "Retry");
    await retry.getByRole("checkbox", { name: `Yes, with backoff (${retryable.length})`, exact: true }).check();
    await expect(page).toHaveURL(/retry=with-backoff/);
    await expect(table.locator("tbody tr[id]")).toHaveCount(retryable.length);
    expect((await shownCodes(page)).sort()).toEqual(retryable.map((e) => e.code).sort());
    await page.reload();
    await expect(table.locator("tbody tr[id]")).toHaveCount(retryable.length);
  });

  test("status class narrows to 5xx", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/auth-service");
    const n5xx = count((e) => String(e.status).startsWith("5"));
    await (await openFacet(page, "Status class")).getByRole("checkbox", { name: `5xx (${n5xx})`, exact: true }).check();
    await expect(table.locator("tbody tr[id]")).toHaveCount(n5xx);
    await expect(page).toHaveURL(/class=5xx/);
  });

  test("the all-catalogs table has a Catalog facet and prefixed row ids", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/all");
    const total = catalogs.reduce((n, c) => n + c.errors.length, 0);
    await expect(table.locator("caption")).toContainText(`All catalogs: ${total} error codes`);
    const accounts = catalogNamed("accounts");
    const box = (await openFacet(page, "Catalog")).getByRole("checkbox", {
      name: `${accounts.service.name} (${accounts.errors.length})`,
    });
    await box.check();
    await expect(table.locator("tbody tr[id]")).toHaveCount(accounts.errors.length);
    await expect(table.locator('tr[id="accounts/user:not_found"]')).toBeVisible();
    await expect(page).toHaveURL(/catalog=accounts/);
  });
});

test.describe("grouping", () => {
  test("group by HTTP status, None and Domain; groups collapse and expand", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/auth-service");
    const groupBy = page.getByRole("combobox", { name: "Group by" });
    await expect(groupBy).toHaveValue("domain");
    for (const domain of auth.domains) {
      const n = count((e) => e.domain === domain.name);
      await expect(table.getByRole("rowheader", { name: `${domain.name} (${n})`, exact: true })).toBeVisible();
    }

    await groupBy.selectOption({ label: "HTTP status" });
    await expect(page).toHaveURL(/group=status/);
    const statuses = [...new Set(auth.errors.map((e) => e.status))];
    for (const status of statuses) {
      const n = count((e) => e.status === status);
      await expect(table.getByRole("rowheader", { name: `${statusLabel(status)} (${n})`, exact: true })).toBeVisible();
    }
    const group401 = table.getByRole("button", { name: `401 Unauthorized (${count((e) => e.status === 401)})` });
    await expect(group401).toHaveAttribute("aria-expanded", "true");
    await group401.click();
    await expect(group401).toHaveAttribute("aria-expanded", "false");
    await expect(table.locator("tbody tr[id]")).toHaveCount(auth.errors.length - count((e) => e.status === 401));
    await group401.click();
    await expect(table.locator("tbody tr[id]")).toHaveCount(auth.errors.length);

    await groupBy.selectOption({ label: "None" });
    await expect(page).toHaveURL(/group=none/);
    await expect(table.locator("tr.group-row")).toHaveCount(0);
    await expect(table.locator("tbody tr[id]")).toHaveCount(auth.errors.length);

    await groupBy.selectOption({ label: "Domain" });
    await expect(page).not.toHaveURL(/group=/);
    await expect(table.locator("tr.group-row")).toHaveCount(auth.domains.length);
  });
});

test.describe("sorting", () => {
  test("by code, status and domain, with aria-sort only on the sorted header", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/auth-service?group=none");
    const header = (name: string) => table.locator("thead th", { has: page.getByRole("button", { name, exact: true }) });
    await expect(table.locator("thead th[aria-sort]")).toHaveCount(0);

    await table.locator("thead").getByRole("button", { name: "Code", exact: true }).click();
    await expect(header("Code")).toHaveAttribute("aria-sort", "ascending");
    await expect(table.locator("thead th[aria-sort]")).toHaveCount(1);
    const codeOrder = (codes: string[]) => [...codes].sort((a, b) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }));
    await expect
      .poll(async () => {
        const codes = await shownCodes(page);
        return codes.join() === codeOrder(codes).join();
      })
      .toBe(true);
    const asc = await shownCodes(page);
    await table.locator("thead").getByRole("button", { name: "Code", exact: true }).click();
    await expect(header("Code")).toHaveAttribute("aria-sort", "descending");
    await expect.poll(() => shownCodes(page)).toEqual([...asc].reverse());

    await table.locator("thead").getByRole("button", { name: "HTTP status", exact: true }).click();
    await expect(header("HTTP status")).toHaveAttribute("aria-sort", "ascending");
    await expect(header("Code")).not.toHaveAttribute("aria-sort", /.*/);
    await expect(page).toHaveURL(/sort=status/);
    const byCode = new Map(auth.errors.map((e) => [e.code, Number(e.status)]));
    const statuses = (await shownCodes(page)).map((c) => byCode.get(c)!);
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));

    await table.locator("thead").getByRole("button", { name: "Domain", exact: true }).click();
    await expect(header("Domain")).toHaveAttribute("aria-sort", "ascending");
    const domainOf = new Map(auth.errors.map((e) => [e.code, e.domain]));
    const domains = (await shownCodes(page)).map((c) => domainOf.get(c)!);
    expect(domains).toEqual([...domains].sort((a, b) => a.localeCompare(b)));
  });

  test("sorting by the grouped column orders the groups too, descending included", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/auth-service?group=status&sort=status&dir=desc");
    const groups = table.locator("tbody tr.group-row th");
    const statuses = [...new Set(auth.errors.map((e) => Number(e.status)))].sort((a, b) => b - a);
    await expect(groups.first()).toContainText(statusLabel(statuses[0]!));
    await expect(groups.last()).toContainText(statusLabel(statuses.at(-1)!));
    // Grouped by status, the group headings say each row's status: no HTTP status column repeats them. Sorting by
    // another column puts the groups back in ascending order.
    await expect(table.locator("thead").getByRole("button", { name: "HTTP status", exact: true })).toHaveCount(0);
    await table.locator("thead").getByRole("button", { name: "Code", exact: true }).click();
    await expect(groups.first()).toContainText(statusLabel(statuses.at(-1)!));
  });
});

test.describe("state in the URL", () => {
  test("a shared view opens as it was and survives reload", async ({ page }) => {
    const { filter, table } = await openTable(page, "/catalogs/auth-service?q=token&status=401&group=status");
    const check = async () => {
      await expect(filter).toHaveValue("token");
      await expect(page.getByRole("button", { name: "Remove filter HTTP status: 401" })).toBeVisible();
      await expect((await openFacet(page, "HTTP status")).getByRole("checkbox", { name: /^401 \(/ })).toBeChecked();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("combobox", { name: "Group by" })).toHaveValue("status");
      const rows = table.locator("tbody tr[id]");
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      // Grouped by status, the group heading carries the status (no column repeats it): one group, 401.
      await expect(table.locator("tr.group-row")).toHaveCount(1);
      await expect(table.locator("tr.group-row")).toContainText("401 Unauthorized");
    };
    await check();
    await page.reload();
    await check();
  });

  test("back and forward step through facet, group and sort changes", async ({ page }) => {
    const { filter } = await openTable(page, "/catalogs/auth-service");
    await filter.fill("token");
    await expect(page).toHaveURL(/q=token/);
    await (await openFacet(page, "HTTP status")).getByRole("checkbox", { name: /^401 \(/ }).check();
    await expect(page).toHaveURL(/status=401/);
    await page.getByRole("combobox", { name: "Group by" }).selectOption({ label: "None" });
    await expect(page).toHaveURL(/group=none/);
    await page.goBack();
    await expect(page).not.toHaveURL(/group=none/);
    await expect(page.getByRole("combobox", { name: "Group by" })).toHaveValue("domain");
    const chip = page.getByRole("button", { name: "Remove filter HTTP status: 401" });
    await page.goBack();
    await expect(chip).toHaveCount(0);
    await expect(filter).toHaveValue("token");
    await page.goForward();
    await expect(chip).toBeVisible();
  });

  test("unknown or invalid values are ignored", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/auth-service?group=nonsense&status=999&class=7xx&sort=evil&dir=up&domain=Nowhere");
    await expect(table.locator("tbody tr[id]")).toHaveCount(auth.errors.length);
    await expect(page.getByRole("combobox", { name: "Group by" })).toHaveValue("domain");
    await expect(table.locator("thead th[aria-sort]")).toHaveCount(0);
  });
});

test.describe("rows", () => {
  for (const [path, id] of [
    ["/catalogs/auth-service", "AUTH_001"],
    ["/catalogs/accounts", "user:not_found"],
    ["/catalogs/auth-observability", "auth_login_db_error"],
    ["/catalogs/all", "accounts/user:not_found"],
  ] as const) {
    test(`#${id} scrolls to its row and highlights it`, async ({ page }) => {
      // The table shown before first use does it: a fragment alone does not load the interactive table.
      await page.goto(`${path}#${id}`);
      const row = page.locator(`table.error-table tr[id="${id}"]`);
      await expect(row).toHaveClass(/row-target/);
      await expect(row).toBeInViewport();
    });
  }

  for (const path of ["/catalogs/accounts", "/catalogs/auth-observability", "/catalogs/all"]) {
    test(`${path}: codes never wrap, on a desktop or in a phone's cards`, async ({ page }) => {
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        const { table } = await openTable(page, path);
        const codes = table.locator("tbody th[scope=row] code");
        await expect(codes.first()).toBeVisible();
        // One line box each: no code, however long (worker:password_reset_email_send_failed), is split.
        const split = await codes.evaluateAll((els) =>
          els.filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((el) => el.textContent),
        );
        expect(split, `at ${viewport.width} px`).toEqual([]);
      }
    });
  }

  for (const width of [1280, 1024, 900]) {
    test(`at ${width} px the all-catalogs table fits its frame: every column, Try it included, without scrolling sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const { table } = await openTable(page, "/catalogs/all");
      const frame = table.locator("xpath=ancestor::div[contains(@class, 'table-wrap')]");
      const [client, scroll] = await frame.evaluate((el) => [el.clientWidth, el.scrollWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
      const tryIt = (await table
        .getByRole("link", { name: /Try it/ })
        .first()
        .boundingBox())!;
      const box = (await frame.boundingBox())!;
      expect(tryIt.x + tryIt.width).toBeLessThanOrEqual(box.x + box.width);
    });
  }

  test("each row links to its code page, its Try it section, and shows the status with its reason", async ({ page }) => {
    const { table } = await openTable(page, "/catalogs/accounts");
    const row = table.locator('tr[id="user:not_found"]');
    await expect(row.getByRole("link", { name: "user:not_found", exact: true })).toHaveAttribute(
      "href",
      "/catalogs/accounts/user-not-found",
    );
    await expect(row.getByRole("link", { name: /Try it/ })).toHaveAttribute("href", "/catalogs/accounts/user-not-found#try-it");
    await expect(row.locator(".badge")).toHaveText("404 Not Found");
  });

  test("copy link and copy as Markdown put the short link, on the page's own origin, on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const { table } = await openTable(page, "/catalogs/auth-service");
    const row = table.locator('tr[id="AUTH_001"]');
    await row.getByRole("button", { name: "Copy link to AUTH_001" }).click();
    await expect(row.getByRole("button", { name: "Copy link to AUTH_001" })).toHaveText("Copied");
    // The suite's server runs on 127.0.0.1 without ERRATA_ORIGIN: links carry the page's own origin, not localhost:3000.
    const origin = new URL(page.url()).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/e/AUTH_001`);
    await row.getByRole("button", { name: "Markdown: copy a link to AUTH_001" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[AUTH_001: Missing or invalid authentication token](${origin}/e/AUTH_001)`,
    );
  });

  test("without JavaScript every row of the all-catalogs table is in the HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/catalogs/all");
    const total = catalogs.reduce((n, c) => n + c.errors.length, 0);
    await expect(page.locator("table tbody tr[id]")).toHaveCount(total);
    await expect(page.locator('tr[id="accounts/user:not_found"]')).toContainText("User not found");
    await context.close();
  });
});

test.describe("the interactive table arrives on first use", () => {
  /** Opens the page, lets it settle, and checks the interactive table's chunk has not been fetched: only the static table. */
  async function settle(page: Page, path: string) {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("table.error-table tbody tr[id]").first()).toBeVisible();
    await expect(page.locator("table.interactive")).toHaveCount(0);
    const before = new Set(scripts);
    /** The scripts fetched since the page settled. */
    return () => scripts.filter((url) => !before.has(url));
  }

  test("not fetched by loading the page; a click on a facet button fetches it and opens that facet", async ({ page }) => {
    const fetched = await settle(page, "/catalogs/auth-service");
    const button = page.getByRole("group", { name: "Facets" }).getByRole("button", { name: /^HTTP status/ });
    await button.click();
    await expect(page.locator("table.interactive")).toBeAttached();
    expect(fetched().length).toBeGreaterThan(0);
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(button).toBeFocused();
    await expect(page.getByRole("group", { name: "HTTP status", exact: true }).getByRole("checkbox").first()).toBeVisible();
  });

  test("from the keyboard: Enter on a focused facet button opens that facet once it arrives", async ({ page }) => {
    await settle(page, "/catalogs/auth-service");
    const button = page.getByRole("group", { name: "Facets" }).getByRole("button", { name: /^Retry/ });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("table.interactive")).toBeAttached();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(button).toBeFocused();
  });

  test("text typed before it arrives carries over, with the focus", async ({ page }) => {
    const fetched = await settle(page, "/catalogs/auth-service");
    const filter = page.getByRole("searchbox", { name: "Filter" });
    await filter.pressSequentially("token");
    await expect(page.locator("table.interactive")).toBeAttached();
    expect(fetched().length).toBeGreaterThan(0);
    await expect(filter).toHaveValue("token");
    await expect(filter).toBeFocused();
    await expect(page).toHaveURL(/q=token/);
  });

  test("a click on a sortable header sorts by it", async ({ page }) => {
    await settle(page, "/catalogs/auth-service");
    await page.locator("thead th.col-code .sort-button").click();
    await expect(page.locator("table.interactive thead th.col-code")).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/sort=code/);
  });

  test("a grouping chosen is applied", async ({ page }) => {
    await settle(page, "/catalogs/auth-service");
    await page.getByRole("combobox", { name: "Group by" }).selectOption({ label: "None" });
    await expect(page.locator("table.interactive")).toBeAttached();
    await expect(page).toHaveURL(/group=none/);
    await expect(page.getByRole("combobox", { name: "Group by" })).toHaveValue("none");
    await expect(page.locator("table.interactive tr.group-row")).toHaveCount(0);
  });
});
