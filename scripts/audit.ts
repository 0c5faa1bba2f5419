// Reads: package-lock.json, through `npm audit --json --audit-level=high` (the registry's advisory database).
// Writes: nothing. Exits 1 on any high or critical advisory. When the registry refuses the audit endpoint (some
// mirrors answer 404/405) it says so and exits 0 with a warning, unless --strict or ERRATA_AUDIT_STRICT=1.
import { spawnSync } from "node:child_process";
import { auditVerdict } from "@/lib/security/audit-verdict";

function main(): number {
  const strict = process.argv.includes("--strict") || process.env.ERRATA_AUDIT_STRICT === "1";
  const run = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const verdict = auditVerdict(run.stdout ?? "");
  switch (verdict.kind) {
    case "clean": {
      const { low = 0, moderate = 0 } = verdict.counts;
      console.log(`audit: no high or critical advisories (${low} low, ${moderate} moderate).`);
      return 0;
    }
    case "vulnerable":
      console.error(`audit: ${verdict.counts.high ?? 0} high and ${verdict.counts.critical ?? 0} critical advisories:`);
      for (const f of verdict.findings) console.error(`  ${f}`);
      console.error("Run `npm audit` for details and `npm audit fix` or an override in package.json to fix them.");
      return 1;
    case "unavailable":
      console.warn(`audit: WARNING: the registry did not answer the audit request: ${verdict.reason}`);
      console.warn("audit: dependencies were NOT checked. Run `npm audit --audit-level=high` against registry.npmjs.org.");
      return strict ? 1 : 0;
  }
}

process.exitCode = main();
