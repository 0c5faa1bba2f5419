import { expect, test } from "./fixtures";
import { entries } from "./catalog-data";

test("/api/errors lists every entry with its exact fields", async ({ request }) => {
  const response = await request.get("/api/errors");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as Record<string, unknown>[];
  expect(body).toHaveLength(entries.length);
  for (const entry of entries) {
    const record = body.find((r) => r.catalog === entry.catalog && r.code === entry.code);
    const { slug: _slug, statusClass: _statusClass, ...fields } = entry;
    expect(record).toEqual(fields);
  }
  const first = body[0]!;
  expect(Object.keys(first).slice(0, 4)).toEqual(["catalog", "code", "status", "domain"]);
});

test("/api/errors keeps status classes as strings", async ({ request }) => {
  const body = (await (await request.get("/api/errors")).json()) as { catalog: string; status: unknown }[];
  const observability = body.filter((r) => r.catalog === "auth-observability");
  expect(observability.length).toBeGreaterThan(0);
  for (const r of observability) expect(r.status).toBe("5xx");
});

test("paths under /api that no route answers get a JSON 404 naming the routes, not the HTML page", async ({ request }) => {
  for (const path of ["/api/mock/auth-service", "/api/mock/auth-service/APP_002/extra", "/api/nope", "/api"]) {
    const res = await request.get(path, { headers: { Accept: "text/html" } });
    expect(res.status(), path).toBe(404);
    expect(res.headers()["content-type"], path).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body, path).toMatchObject({ status: 404, parameter: "path" });
    expect(body.error, path).toContain(`no API at ${path}`);
  }
});

test("/api/search refuses a repeated parameter, naming it", async ({ request }) => {
  const res = await request.get("/api/search?q=a&q=b");
  expect(res.status()).toBe(400);
  expect(await res.json()).toMatchObject({ parameter: "q" });
  expect((await (await request.get("/api/search?q=a&limit=5&limit=6")).json()).parameter).toBe("limit");
});

test("POST /api/triage answers the public triage shape, 415 for another type and 413 past 5 MB (issue 21)", async ({ request }) => {
  const log = [
    "2026-12-02T10:00:00Z INFO ok",
    `2026-12-02T10:00:01Z WARN ${JSON.stringify({ error: { code: "APP_002", message: "Application not found", details: {} } })}`,
    `2026-12-02T10:00:02Z WARN ${JSON.stringify({ error: { code: "APP_999", message: "gone", details: {} } })}`,
  ].join("\n");
  const ok = await request.post("/api/triage", { data: log, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.lines).toBe(3);
  expect(body.findings).toContainEqual({
    catalog: "auth-service",
    code: "APP_002",
    status: 404,
    count: 1,
    firstLine: 2,
    lastLine: 2,
    url: "/catalogs/auth-service/app-002",
  });
  expect(body.undocumented).toContainEqual(expect.objectContaining({ code: "APP_999", count: 1, firstLine: 3 }));
  expect(Object.keys(body.findings[0]).sort()).toEqual(["catalog", "code", "count", "firstLine", "lastLine", "status", "url"]);

  const json = await request.post("/api/triage", { data: { text: log } });
  expect(json.status()).toBe(415);
  expect((await json.json()).parameter).toBe("content-type");
  const big = await request.post("/api/triage", { data: "x".repeat(5 * 1024 * 1024 + 1), headers: { "Content-Type": "text/plain" } });
  expect(big.status()).toBe(413);
  expect((await big.json()).parameter).toBe("body");
});
