import { describe, expect, it } from "vitest";
import { getCatalogs } from "../catalog/repository";
import { syntheticCatalogs } from "../synthetic/generate";
import { buildExport } from "./build";
import type { ManifestShard } from "./manifest";
import { catalogOfPath, FIRST_USE_MAX_GZ, firstUseBytesGz, loadOrder, searchStrategy } from "./strategy";

const shard = (slug: string, part: number, bytesGz: number): ManifestShard => ({
  slug,
  name: slug,
  format: "flat",
  count: 10,
  file: part === 1 ? `${slug}.json` : `${slug}.${part}.json`,
  bytesGz,
});

describe("searchStrategy", () => {
  it("downloads everything while the shards fit the first-use budget, with or without a server", () => {
    const shards = [shard("a", 1, FIRST_USE_MAX_GZ - 1), shard("b", 1, 1)];
    expect(searchStrategy({ searchApi: true, shards })).toBe("local");
    expect(searchStrategy({ searchApi: false, shards })).toBe("local");
  });

  it("past the budget asks /api/search when deployed, and loads on demand when not", () => {
    const shards = [shard("a", 1, FIRST_USE_MAX_GZ), shard("b", 1, 1)];
    expect(searchStrategy({ searchApi: true, shards })).toBe("server");
    expect(searchStrategy({ searchApi: false, shards })).toBe("on-demand");
  });

  it("keeps the bundled site local, and sends a big one to the server or on demand", () => {
    expect(searchStrategy(buildExport(getCatalogs(), { searchApi: true }).manifest)).toBe("local");
    expect(searchStrategy(buildExport(getCatalogs(), { searchApi: false }).manifest)).toBe("local");
    const big = syntheticCatalogs({ codes: 3000 });
    expect(searchStrategy(buildExport(big, { searchApi: true }).manifest)).toBe("server");
    expect(searchStrategy(buildExport(big, { searchApi: false }).manifest)).toBe("on-demand");
    // Indexes 3,000 synthetic codes twice: a margin for a busy machine.
  }, 120_000);
});

describe("firstUseBytesGz", () => {
  it("counts the manifest and every shard, the manifest alone, or the manifest and the largest shard", () => {
    const small = [shard("a", 1, 30_000), shard("b", 1, 20_000)];
    expect(firstUseBytesGz({ searchApi: true, shards: small }, 300)).toBe(50_300);
    const big = [shard("a", 1, 50_000), shard("a", 2, 55_000), shard("b", 1, 40_000)];
    expect(firstUseBytesGz({ searchApi: true, shards: big }, 300)).toBe(300);
    expect(firstUseBytesGz({ searchApi: false, shards: big }, 300)).toBe(55_300);
  });
});

describe("catalogOfPath", () => {
  it("reads the catalog from catalog and code pages only", () => {
    expect(catalogOfPath("/catalogs/accounts")).toBe("accounts");
    expect(catalogOfPath("/catalogs/accounts/")).toBe("accounts");
    expect(catalogOfPath("/catalogs/identity-platform/aut-1002")).toBe("identity-platform");
    expect(catalogOfPath("/catalogs")).toBeUndefined();
    expect(catalogOfPath("/")).toBeUndefined();
    expect(catalogOfPath("/guides/catalogs/x")).toBeUndefined();
  });
});

describe("loadOrder", () => {
  const manifest = { shards: [shard("a", 1, 1), shard("b", 1, 1), shard("b", 2, 1), shard("c", 1, 1)] };
  it("puts the current catalog's parts first, in order, then the rest in catalog order", () => {
    expect(loadOrder(manifest, "b")).toEqual(["b.json", "b.2.json", "a.json", "c.json"]);
    expect(loadOrder(manifest, "c")).toEqual(["c.json", "a.json", "b.json", "b.2.json"]);
  });
  it("keeps catalog order off catalog pages or for an unknown catalog", () => {
    expect(loadOrder(manifest)).toEqual(["a.json", "b.json", "b.2.json", "c.json"]);
    expect(loadOrder(manifest, "zzz")).toEqual(["a.json", "b.json", "b.2.json", "c.json"]);
  });
});
