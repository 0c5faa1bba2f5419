import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { driftCount, driftReport, formatDrift, hasDrift } from "./drift";
import { catalogOpenApi } from "./export";
import { dereferenceOpenApi, loadOpenApi } from "./load";

const dir = path.join(__dirname, "__fixtures__", "drift");
const [billing] = loadCatalogDir(path.join(dir, "catalogs"));
const at = (p: string) => `/paths/${p}`;

describe("driftReport", async () => {
  const { doc } = await loadOpenApi(path.join(dir, "spec.yaml"));
  const report = driftReport(doc, billing!);

  it("lists a code the spec returns that the catalog lacks, with its status, route and pointer", () => {
    expect(report.missing).toEqual([
      {
        code: "rate_limit",
        status: 429,
        route: "POST /v1/charges",
        pointer: at("~1v1~1charges/post/responses/429/content/application~1json/example"),
      },
    ]);
  });

  it("lists catalog codes the spec does not return at their route, and routes it lacks", () => {
    expect(report.unreturned).toEqual([
      { code: "charge_expired", route: "POST /v1/charges", reason: "not returned" },
      { code: "refund_failed", route: "POST /v1/refunds", reason: "operation absent" },
    ]);
  });

  it("lists statuses that differ, and matches path templates whatever their parameter names", () => {
    expect(report.statusMismatches).toEqual([
      {
        code: "expired_card",
        catalog: 400,
        spec: 402,
        pointer: at("~1v1~1charges/post/responses/402/content/application~1json/examples/expired_card/value"),
      },
    ]);
    expect(report.unreturned.map((u) => u.code)).not.toContain("resource_missing");
  });

  it("lists example bodies that do not fit the catalog's envelope", () => {
    expect(report.envelope).toEqual([
      {
        pointer: at("~1v1~1customers~1{id}/get/responses/404/content/application~1json/examples/resource_missing/value"),
        problem: '/error has "hint", which the envelope does not',
      },
    ]);
    expect(driftCount(report)).toBe(5);
    expect(hasDrift(report)).toBe(true);
  });

  it("formats the report as text with file#pointer references", () => {
    const text = formatDrift(report, "spec.yaml");
    expect(text.split("\n")[0]).toBe("5 differences between the spec and catalog billing:");
    expect(text).toContain("  expired_card  catalog 400, spec 402  spec.yaml#/paths/~1v1~1charges/post/responses/402/");
    expect(text).toContain("  refund_failed  POST /v1/refunds: the spec has no such operation");
  });

  it("finds no drift in a spec that agrees, nor in the catalog's own export", async () => {
    const clean = await loadOpenApi(path.join(dir, "clean.yaml"));
    const report = driftReport(clean.doc, billing!);
    expect(report).toEqual({ catalog: "billing", missing: [], unreturned: [], statusMismatches: [], envelope: [] });
    expect(formatDrift(report)).toBe("No drift: the spec and catalog billing agree.");
    const exported = await dereferenceOpenApi(structuredClone(catalogOpenApi(billing!)), path.join(dir, "export.json"));
    expect(driftCount(driftReport(exported.doc, billing!))).toBe(0);
  });
});

/** The CLIs, run as a person would: a few, since each spawns tsx. */
describe("the drift and import commands", () => {
  const run = async (script: string, args: string[], env: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", `scripts/${script}.ts`, ...args], {
        cwd: path.join(__dirname, "..", ".."),
        env: { ...process.env, ERRATA_CATALOG_DIR: path.join(dir, "catalogs"), ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  const spec = (name: string) => path.relative(path.join(__dirname, "..", ".."), path.join(dir, name));
  const out = mkdtempSync(path.join(tmpdir(), "errata-openapi-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("drift: exit 1 on drift (picking the catalog sharing most codes), 0 when clean, 2 on a usage error", async () => {
    const drifted = await run("drift", ["--openapi", spec("spec.yaml")]);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain("5 differences between the spec and catalog billing:");
    const clean = await run("drift", ["--openapi", spec("clean.yaml"), "--catalog", "billing", "--json"]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ catalog: "billing", missing: [] });
    expect((await run("drift", [])).code).toBe(2);
    // Bodies in two shapes (payments.openapi.yaml has one in an older envelope): each catalog reads them through its
    // own envelope to find the one that shares the most codes.
    const mixed = await run("drift", ["--openapi", "e2e-hostile/catalogs/payments.openapi.yaml"], {
      ERRATA_CATALOG_DIR: "e2e-hostile/catalogs",
    });
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toContain("4 differences between the spec and catalog payments:");
  });

  it("import --from openapi: writes a valid catalog; prints file#pointer problems and writes nothing for a broken spec", async () => {
    const ok = await run("import", ["--from", "openapi", spec("../problem-json.json"), "--catalog", "numbers"], {
      ERRATA_CATALOG_DIR: out,
    });
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(out, "numbers.yaml"), "utf8")).toContain('code: "20404"');
    const bad = await run("import", ["--from", "openapi", spec("../broken/bad-ref.yaml"), "--catalog", "bad"], { ERRATA_CATALOG_DIR: out });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      `${spec("../broken/bad-ref.yaml")}#/paths/~1things/get/responses/409: cannot resolve $ref: Missing $ref pointer`,
    );
  });
});
