// Reads: catalogs from `catalogDir`. Writes: a production build into `distDir`; content/generated/ is
// regenerated for the build (the app imports it) and restored from content/catalogs afterwards, as are
// tsconfig.json and next-env.d.ts, which `next build` edits for a non-default distDir.
import { spawn, spawnSync } from "node:child_process";
import { preserveFiles } from "../preserve-files";
import { childrenCpuSeconds, samplePeakRss } from "./memory";

export interface BuildFigures {
  seconds: number;
  peakMb: number | null;
  /** User + system CPU seconds of the whole build; on a shared machine the steadier figure. */
  cpuSeconds: number | null;
}

function withoutCatalogEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ERRATA_CATALOG_DIR;
  delete env.ERRATA_DIST_DIR;
  return env;
}

/** Runs `npm run build` (validate, generate, next build) and measures wall time and peak RSS of its process tree. */
export async function measureBuild(catalogDir: string, distDir: string, log: (line: string) => void): Promise<BuildFigures> {
  const restoreFiles = preserveFiles();
  try {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn("npm", ["run", "build"], {
      env: { ...process.env, ERRATA_CATALOG_DIR: catalogDir, ERRATA_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const sampler = samplePeakRss(child.pid!);
    let tail = "";
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const peakMb = sampler.stop();
    if (code !== 0) throw new Error(`bench: next build of ${catalogDir} failed (exit ${code}):\n${tail}`);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const cpuAfter = childrenCpuSeconds();
    const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : Math.round(cpuAfter - cpuBefore);
    log(`build: ${seconds} s wall, ${cpuSeconds ?? "?"} s CPU, peak ${peakMb ?? "?"} MB`);
    return { seconds, peakMb, cpuSeconds };
  } finally {
    restoreFiles();
    const restore = spawnSync("npx", ["tsx", "scripts/generate.ts"], { env: withoutCatalogEnv(), stdio: "ignore" });
    if (restore.status !== 0) log("bench: could not regenerate content/generated; run `npm run generate`");
  }
}
