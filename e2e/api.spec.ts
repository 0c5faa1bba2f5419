import { expect, test } from "@playwright/test";
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
