// Reads: .next/BUILD_ID and content/catalogs (to see whether a build is missing or older than the catalogs).
// Writes: a production build via `npm run build` when needed, then serves it (scripts/serve.mjs; default port 3000).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const buildId = path.join(".next", "BUILD_ID");
const catalogs = path.join("content", "catalogs");

function newestCatalog() {
  if (!existsSync(catalogs)) return 0;
  return Math.max(0, ...readdirSync(catalogs).map((f) => statSync(path.join(catalogs, f)).mtimeMs));
}

const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < newestCatalog();
if (stale) {
  console.log(existsSync(buildId) ? "start: catalogs changed since the last build; rebuilding." : "start: no build yet; building first.");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import("./serve.mjs");
