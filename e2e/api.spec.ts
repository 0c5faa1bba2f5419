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
