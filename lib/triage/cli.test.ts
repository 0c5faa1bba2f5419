// Spawns `npm run triage` (scripts/triage.ts) for its exit codes and its JSON.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticLog } from "./synthetic-log";
import { testCatalogs } from "./test-catalogs";

const tsx = path.resolve("node_modules", ".bin", "tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "errata-triage-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(tsx, ["scripts/triage.ts", ...args], { encoding: "utf8", input, timeout: 60_000, env: { ...process.env, ...env } });

describe("npm run triage", () => {
  const clean = path.join(dir, "clean.log");
  const undocumented = path.join(dir, "undocumented.log");
  writeFileSync(clean, `ok\nERROR ${JSON.stringify({ error: { code: "APP_002", message: "Application not found" } })}\n`);
  writeFileSync(undocumented, `${JSON.stringify({ code: "ZX_1", message: "m" })}\n`);

  it("prints the API's JSON per file, and exits 1 with --fail-on-undocumented only when there is one", () => {
    const one = cli([clean, "--json", "--fail-on-undocumented"]);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual({
      lines: 2,
      findings: [
        {
          catalog: "auth-service",
          code: "APP_002",
          status: 404,
          count: 1,
          firstLine: 2,
          lastLine: 2,
          url: "/catalogs/auth-service/app-002",
        },
      ],
      undocumented: [],
    });
    const two = cli([clean, undocumented, "--json", "--fail-on-undocumented"]);
    expect(two.status).toBe(1);
    expect(JSON.parse(two.stdout).files.map((f: { file: string; undocumented: unknown[] }) => [f.file, f.undocumented.length])).toEqual([
      [clean, 0],
      [undocumented, 1],
    ]);
  });

  it("gives the same result when a big file is cut into parts for worker threads", () => {
    const big = path.join(dir, "big.log");
    writeFileSync(big, syntheticLog(testCatalogs(), { seed: 3, events: 400 }).text);
    const args = [big, "--json", "--catalogs", "content/catalogs", "--catalogs", "e2e-hostile/catalogs"];
    const whole = cli(args);
    const parts = cli([...args, "--report-rss"], undefined, { ERRATA_TRIAGE_PARALLEL_BYTES: "1" });
    expect(parts.status).toBe(0);
    expect(JSON.parse(parts.stderr.trim().split("\n").at(-1)!).parts).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(whole.stdout).findings.length).toBeGreaterThan(10);
    expect(parts.stdout).toBe(whole.stdout);
  });

  it("reads stdin and prints a readable report", () => {
    const r = cli([], "2025 ERROR failed with AUTH_001\n");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("AUTH_001  401  ×1  line 1");
    expect(r.stdout).toContain("Retry: After re-authenticating");
    expect(r.stdout).toContain("/catalogs/auth-service/auth-001");
  });

  it("exits 2 on unreadable files and bad options", () => {
    const missing = cli([path.join(dir, "nope.log")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.log: ENOENT/);
    expect(cli([clean, "--bogus"]).status).toBe(2);
    expect(cli([dir]).status).toBe(2);
  });
});
