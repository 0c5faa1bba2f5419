// Reads: CHROMIUM_PATH and the machine (which Chromium builds are installed? is apt-get there?).
// Writes: nothing in the repo; installs Debian's chromium and chromium-headless-shell, or Playwright's own, when missing.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL } from "./bench/chromium";

function run(command: string): void {
  console.log(`ensure-chromium: ${command}`);
  execSync(command, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

function hasCommand(name: string): boolean {
  try {
    execSync(`command -v ${name}`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function main(): number {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return 0;
    console.error(`ensure-chromium: CHROMIUM_PATH=${fromEnv} does not exist`);
    return 1;
  }
  // The tests run the headless shell (scripts/bench/chromium.ts says why); the full browser serves the benchmarks.
  const missing = [
    [DEBIAN_HEADLESS_SHELL, "chromium-headless-shell"],
    [DEBIAN_CHROMIUM, "chromium"],
  ].filter(([path]) => !existsSync(path!));
  if (missing.length === 0) return 0;
  if (hasCommand("apt-get")) {
    const sudo = process.getuid?.() === 0 ? "" : "sudo ";
    try {
      run(`${sudo}apt-get update -qq`);
      run(`${sudo}apt-get install -y -qq ${missing.map(([, pkg]) => pkg).join(" ")}`);
      return 0;
    } catch (error) {
      // One of the two is enough to test with; say what failed and go on if one is there.
      if (existsSync(DEBIAN_HEADLESS_SHELL) || existsSync(DEBIAN_CHROMIUM)) {
        console.warn(`ensure-chromium: apt-get failed (${(error as Error).message}); testing with what is installed`);
        return 0;
      }
      throw error;
    }
  }
  if (existsSync(DEBIAN_HEADLESS_SHELL) || existsSync(DEBIAN_CHROMIUM)) return 0;
  run("npx playwright install chromium");
  return 0;
}

process.exitCode = main();
