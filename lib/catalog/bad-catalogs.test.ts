import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "./issues";
import { loadCatalogFiles } from "./load";
import { MAX_CATALOG_BYTES } from "./parse";

const DIR = "lib/catalog/__fixtures__/bad";
const at = (name: string) => `${DIR}/${name}.yaml`;
const TSX = path.join("node_modules", ".bin", "tsx");
/** Spawning tsx takes seconds on a busy machine. */
const SPAWN_TIMEOUT = 60_000;

/** One bad catalog per way a catalog can be wrong, and exactly what validate says about it. */
const EXPECTED: Record<string, string[]> = {
  "yaml-syntax": [`${at("yaml-syntax")}:17: YAML syntax error: Missing closing "quote`],
  "yaml11-boolean": [
    `${at("yaml11-boolean")}:17: errors[0].validation: "no" is a boolean in YAML 1.1 and a string in YAML 1.2; quote it ("no") or write true/false`,
  ],
  "yaml11-on": [
    `${at("yaml11-on")}:16: errors[0].title: "on" is a boolean in YAML 1.1 and a string in YAML 1.2; quote it ("on") or write true/false`,
  ],
  "duplicate-key": [`${at("duplicate-key")}:17: errors[0].status: duplicate key "status" (first at line 14)`],
  "wrong-type": [`${at("wrong-type")}:17: errors[0].message: must be a string, not a list`],
  "unknown-field": [`${at("unknown-field")}:17: errors[0].severity: unknown field "severity"`],
  "status-range": [`${at("status-range")}:14: errors[0].status: must be an HTTP status 100–599 or a class like "5xx", not number 700`],
  "duplicate-code": [`${at("duplicate-code")}:17: errors[1].code: duplicate code "DEMO_001": same as errors[0] "DEMO_001"`],
  "code-case-separators": [
    `${at("code-case-separators")}:17: errors[1].code: duplicate code "USER-NOT-FOUND": same as errors[0] "user:not_found" (codes may not differ only in case or separators)`,
  ],
  "placeholder-mismatch": [
    `${at("placeholder-mismatch")}:18: errors[0].placeholders: message has 2 placeholders (%s/%d/%v…, {0}, {name}) but 1 is declared under placeholders`,
  ],
  "proto-key": [`${at("proto-key")}:17: errors[0].__proto__: forbidden key "__proto__"`],
  "alias-bomb": [`${at("alias-bomb")}:3: b: aliases expand to more than 50 copies; refusing a possible alias bomb ("billion laughs")`],
};

const tmp = mkdtempSync(path.join(tmpdir(), "errata-bad-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("bad catalogs", () => {
  it("has a fixture for every case and a case for every fixture", () => {
    const fixtures = readdirSync(DIR)
      .map((f) => f.replace(/\.yaml$/, ""))
      .sort();
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, messages] of Object.entries(EXPECTED)) {
    it(`refuses ${name} with file:line: field: message`, () => {
      const { catalogs, issues } = loadCatalogFiles([at(name)]);
      expect(catalogs).toEqual([]);
      expect(issues.map(formatIssue)).toEqual(messages);
    });
  }

  it("refuses a file over the size limit before parsing it", () => {
    // Generated here rather than committed: the fixture would be 8 MiB.
    const file = path.join(tmp, "oversize.yaml");
    writeFileSync(file, `slug: oversize\n# ${"x".repeat(MAX_CATALOG_BYTES)}\n`);
    const { issues } = loadCatalogFiles([file]);
    expect(issues.map((i) => `${i.line}: ${i.field}: ${i.message}`)).toEqual([
      `1: : file is ${MAX_CATALOG_BYTES + 18} bytes; the limit is ${MAX_CATALOG_BYTES}`,
    ]);
  });

  it(
    "validate prints every problem and exits 1",
    () => {
      const files = Object.keys(EXPECTED).map(at);
      const run = spawnSync(TSX, ["scripts/validate.ts", ...files], { encoding: "utf8" });
      expect(run.status).toBe(1);
      const printed = run.stderr.split("\n").filter((l) => l.startsWith(DIR));
      expect(printed).toEqual(Object.values(EXPECTED).flat());
      expect(run.stderr).toContain(`${printed.length} problems found; nothing was generated.`);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "generate exits 1 and leaves the previous output untouched",
    () => {
      const catalogs = path.join(tmp, "catalogs");
      const out = path.join(tmp, "generated");
      mkdirSync(catalogs);
      copyFileSync("content/catalogs/auth-service.yaml", path.join(catalogs, "auth-service.yaml"));
      const env = { ...process.env, ERRATA_CATALOG_DIR: catalogs, ERRATA_GENERATED_DIR: out };
      execFileSync(TSX, ["scripts/generate.ts"], { env, encoding: "utf8" });
      const before = readFileSync(path.join(out, "index.ts"), "utf8");
      const listing = readdirSync(out, { recursive: true }).sort();

      copyFileSync(at("duplicate-key"), path.join(catalogs, "duplicate-key.yaml"));
      const run = spawnSync(TSX, ["scripts/generate.ts"], { env, encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("duplicate key");
      expect(run.stderr).toContain("the previous output was left untouched");
      expect(readFileSync(path.join(out, "index.ts"), "utf8")).toBe(before);
      expect(readdirSync(out, { recursive: true }).sort()).toEqual(listing);
      // No staging directory left behind either.
      expect(readdirSync(tmp).filter((f) => f.startsWith(".generated"))).toEqual([]);
    },
    SPAWN_TIMEOUT,
  );
});
