import { afterEach, describe, expect, it, vi } from "vitest";
import { getCatalogs } from "../catalog/repository";
import { codeUrl } from "../catalog/model";
import { syntheticCatalogs } from "../synthetic/generate";
import { buildExport } from "./build";
import { loadClientSearch, type SearchProgress } from "./client";
import { shardFile } from "./manifest";

const BASE = "/search-index/";
const MANIFEST = `${BASE}manifest.json`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A fake fetch serving an export. Shard files wait until released (`hold`), so a test sees what is requested and
 * in what order; `fail` answers a file with HTTP 500 (once).
 */
function serve(exported: ReturnType<typeof buildExport>, { hold = false } = {}) {
  const files = new Map<string, unknown>([[MANIFEST, exported.manifest]]);
  exported.manifest.shards.forEach((m, i) => files.set(`${BASE}${m.file}`, exported.shards[i]));
  const requests: string[] = [];
  const waiting = new Map<string, () => void>();
  const failing = new Set<string>();
  const api: unknown[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    requests.push(url);
    if (url.startsWith("/api/search")) return new Response(JSON.stringify(api.shift()));
    if (hold && url !== MANIFEST) await new Promise<void>((resolve) => waiting.set(url, resolve));
    if (failing.delete(url) || !files.has(url)) return new Response("{}", { status: 500 });
    return new Response(JSON.stringify(files.get(url)));
  });
  return {
    requests,
    api,
    /** Shard files requested and not yet answered. */
    inFlight: () => [...waiting.keys()].map((u) => u.slice(BASE.length)),
    shardRequests: () => requests.filter((u) => u !== MANIFEST).map((u) => u.slice(BASE.length)),
    fail: (file: string) => failing.add(`${BASE}${file}`),
    async release(file: string) {
      const url = `${BASE}${file}`;
      expect([...waiting.keys()], `${file} is awaited`).toContain(url);
      waiting.get(url)!();
      waiting.delete(url);
      await tick();
      await tick();
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Two catalogs of 1,500 codes, each split in parts; the static export has no /api/search.
const big = syntheticCatalogs({ codes: 3000, catalogs: 2 });
const [catalogA, catalogB] = big as [(typeof big)[0], (typeof big)[0]];
const staticSite = buildExport(big, { searchApi: false });
const partOf = (slug: string, part: number) =>
  staticSite.shards[staticSite.manifest.shards.findIndex((s) => s.file === shardFile(slug, part))]!;

describe("loadClientSearch on demand (big static site)", () => {
  it("fetches only the manifest until the first search, then the current catalog first, then the rest two at a time", async () => {
    const server = serve(staticSite, { hold: true });
    const s = await loadClientSearch(`/catalogs/${catalogB.slug}/whatever`);
    const total = staticSite.manifest.shards.length;
    expect(s.mode).toBe("on-demand");
    expect(server.requests).toEqual([MANIFEST]);
    expect(s.progress()).toEqual({ loaded: 0, failed: 0, total });
    const events: SearchProgress[] = [];
    s.onProgress((p) => events.push(p));

    // A code of B's second part: the first search waits for B's first part only.
    const code = partOf(catalogB.slug, 2).records[5]![0];
    const answer = s.search(code, 5);
    await tick();
    expect(server.shardRequests()).toEqual([shardFile(catalogB.slug)]);
    await server.release(shardFile(catalogB.slug));
    expect((await answer).results.some((h) => h.code === code)).toBe(false);
    expect(events).toEqual([{ loaded: 1, failed: 0, total }]);

    // Then the rest, B's parts before A's, never more than two at once.
    const expected = [
      ...staticSite.manifest.shards.filter((m) => m.slug === catalogB.slug).map((m) => m.file),
      ...staticSite.manifest.shards.filter((m) => m.slug === catalogA.slug).map((m) => m.file),
    ];
    expect(server.shardRequests()).toEqual(expected.slice(0, 3));
    expect(server.inFlight()).toEqual(expected.slice(1, 3));

    // The code is answered as soon as its part arrives.
    await server.release(shardFile(catalogB.slug, 2));
    expect(events.at(-1)).toEqual({ loaded: 2, failed: 0, total });
    const [hit] = (await s.search(code, 5)).results;
    expect(hit).toMatchObject({ code, catalog: catalogB.slug, url: codeUrl(catalogB.slug, code) });

    while (server.inFlight().length > 0) {
      expect(server.inFlight().length).toBeLessThanOrEqual(2);
      await server.release(server.inFlight()[0]!);
    }
    expect(server.shardRequests()).toEqual(expected);
    expect(events.map((e) => e.loaded)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(s.progress()).toEqual({ loaded: total, failed: 0, total });
    const codeA = catalogA.errors.at(-1)!.code;
    expect((await s.search(codeA, 5)).results[0]).toMatchObject({ code: codeA, url: codeUrl(catalogA.slug, codeA) });
  });

  it("starts with the first catalog off catalog pages", async () => {
    const server = serve(staticSite, { hold: true });
    const s = await loadClientSearch("/");
    void s.search("token", 5);
    await tick();
    expect(server.shardRequests()).toEqual([shardFile(catalogA.slug)]);
  });

  it("tries the first file again on the next search if it failed, and counts a later file that fails", async () => {
    const server = serve(staticSite);
    const s = await loadClientSearch(`/catalogs/${catalogA.slug}`);
    server.fail(shardFile(catalogA.slug));
    server.fail(shardFile(catalogB.slug));
    await expect(s.search("token", 5)).rejects.toThrow(/HTTP 500/);
    const code = catalogA.errors[0]!.code;
    expect((await s.search(code, 5)).results[0]?.code).toBe(code);
    await vi.waitFor(() => expect(s.progress().loaded + s.progress().failed).toBe(s.progress().total));
    expect(s.progress().failed).toBe(1);
    expect(server.shardRequests().filter((f) => f === shardFile(catalogA.slug))).toHaveLength(2);
  });
});

describe("loadClientSearch, small site or with a server", () => {
  it("downloads every shard at once for the bundled catalogs and searches locally", async () => {
    const bundled = getCatalogs();
    const server = serve(buildExport(bundled, { searchApi: true }));
    const s = await loadClientSearch("/catalogs/accounts");
    expect(s.mode).toBe("local");
    expect(server.shardRequests()).toEqual(bundled.map((c) => `${c.slug}.json`));
    expect(s.progress()).toEqual({ loaded: bundled.length, failed: 0, total: bundled.length });
    expect((await s.search("AUTH_001", 3)).results[0]).toMatchObject({ code: "AUTH_001", catalog: "auth-service" });
  });

  it("fetches only the manifest of a big site with /api/search, and asks the server", async () => {
    const server = serve(buildExport(big, { searchApi: true }));
    const s = await loadClientSearch(`/catalogs/${catalogB.slug}`);
    expect(s.mode).toBe("server");
    const code = catalogB.errors[0]!;
    server.api.push({
      query: code.code,
      results: [
        {
          catalog: catalogB.slug,
          code: code.code,
          status: code.status,
          title: null,
          message: code.message,
          url: codeUrl(catalogB.slug, code.code),
          score: 1000,
          matched: ["code"],
          placeholders: ["key"],
        },
      ],
    });
    const outcome = await s.search(code.code, 5);
    // It asks for the placeholders' names, so a result shows `%v` as `{key}` as the local engine's do.
    expect(server.requests).toEqual([MANIFEST, `/api/search?q=${encodeURIComponent(code.code)}&limit=5&placeholders=1`]);
    expect(outcome.results[0]).toMatchObject({ code: code.code, catalogName: catalogB.service.name, placeholders: ["key"] });
    expect(s.progress().loaded + s.progress().failed).toBe(s.progress().total);
  });
});
