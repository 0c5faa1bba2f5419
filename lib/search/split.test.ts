import { describe, expect, it } from "vitest";
import { codeUrl } from "../catalog/model";
import { getCatalogs } from "../catalog/repository";
import { syntheticCatalogs } from "../synthetic/generate";
import { buildExport } from "./build";
import { SearchEngine } from "./engine";
import { SHARD_MAX_GZ, shardFile } from "./manifest";
import { gzipBytes } from "./split";

// Two catalogs of 1,500 codes: each about 95 kB gzipped as one shard, so each is split.
const catalogs = syntheticCatalogs({ codes: 3000, catalogs: 2 });
const { manifest, shards } = buildExport(catalogs, { searchApi: false });

describe("buildExport splits big catalogs", () => {
  it("lists every file once, named {slug}.json then {slug}.2.json…, with its true gzipped size within the budget", () => {
    expect(manifest.shards).toHaveLength(shards.length);
    expect(new Set(manifest.shards.map((s) => s.file)).size).toBe(shards.length);
    for (const c of catalogs) {
      const files = manifest.shards.filter((s) => s.slug === c.slug).map((s) => s.file);
      expect(files.length).toBeGreaterThan(1);
      expect(files).toEqual(files.map((_, i) => shardFile(c.slug, i + 1)));
      expect(files[0]).toBe(`${c.slug}.json`);
      expect(files[1]).toBe(`${c.slug}.2.json`);
    }
    manifest.shards.forEach((m, i) => {
      expect(m.bytesGz).toBe(gzipBytes(shards[i]));
      expect(m.bytesGz).toBeLessThanOrEqual(SHARD_MAX_GZ);
      expect(m.count).toBe(shards[i]!.records.length);
    });
    expect(manifest.searchApi).toBe(false);
  });

  it("covers every code of each catalog exactly once, in catalog order, each part a shard of that catalog alone", () => {
    for (const c of catalogs) {
      const parts = shards.filter((s) => s.catalogs[0]!.slug === c.slug);
      for (const p of parts) {
        expect(p.catalogs).toEqual([{ slug: c.slug, name: c.service.name, format: c.envelope.format }]);
        expect(p.starts).toEqual([0]);
      }
      expect(parts.flatMap((p) => p.records.map((r) => r[0]))).toEqual(c.errors.map((e) => e.code));
    }
  });

  it("finds a code of a second part, alone or with the rest, and links it to its own catalog's page", () => {
    const c = catalogs[1]!;
    const second = shards[manifest.shards.findIndex((s) => s.file === shardFile(c.slug, 2))]!;
    const code = second.records[Math.floor(second.records.length / 2)]![0];
    for (const engine of [SearchEngine.from([second]), SearchEngine.from(shards)]) {
      const [first] = engine.search(code, 5).results;
      expect(first).toMatchObject({ catalog: c.slug, code, url: codeUrl(c.slug, code), matched: ["code"] });
    }
    // Not in the first part of that catalog.
    const firstPart = shards[manifest.shards.findIndex((s) => s.file === shardFile(c.slug, 1))]!;
    expect(
      SearchEngine.from([firstPart])
        .search(code, 5)
        .results.some((h) => h.code === code),
    ).toBe(false);
  });

  it("answers every bundled code with its own page however finely the catalogs are split", () => {
    const bundled = getCatalogs();
    const split = buildExport(bundled, { searchApi: true, maxShardGz: 4_000 });
    expect(split.shards.length).toBeGreaterThan(bundled.length);
    const engine = SearchEngine.from(split.shards);
    for (const c of bundled) {
      for (const e of c.errors) {
        const hits = engine.search(e.code, 10).results.filter((h) => h.code === e.code);
        expect(
          hits.map((h) => h.url),
          e.code,
        ).toContain(codeUrl(c.slug, e.code));
      }
    }
    // A pasted body names its catalog once, however many parts it has.
    const { identified } = engine.search('{"code": "AUT-1002", "message": "x"}', 5);
    expect(identified?.catalogs.map((c) => c.slug)).toEqual([...new Set(identified?.catalogs.map((c) => c.slug))]);
    expect(identified?.known).toBe(true);
  });

  it("keeps the bundled catalogs as one {slug}.json each", () => {
    const bundled = getCatalogs();
    const { manifest: m } = buildExport(bundled, { searchApi: true });
    expect(m.shards.map((s) => s.file)).toEqual(bundled.map((c) => `${c.slug}.json`));
    expect(m.shards.map((s) => s.count)).toEqual(bundled.map((c) => c.errors.length));
  });
});
