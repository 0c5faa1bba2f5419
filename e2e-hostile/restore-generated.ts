import { execFileSync } from "node:child_process";

/** Regenerates content/generated from the real catalogs after the hostile build replaced it. */
export default function restoreGenerated() {
  const env = { ...process.env };
  delete env.ERRATA_CATALOG_DIR;
  execFileSync("npx", ["tsx", "scripts/generate.ts"], { env, stdio: "inherit" });
}
