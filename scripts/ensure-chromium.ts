// Reads: CHROMIUM_PATH and the machine (is /usr/bin/chromium there? is apt-get?).
// Writes: nothing in the repo; installs Debian's chromium with apt-get, or Playwright's own, when none is found.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(command: string): void {
  console.log(`ensure-chromium: ${command}`);
  execSync(command, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

function main(): number {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return 0;
    console.error(`ensure-chromium: CHROMIUM_PATH=${fromEnv} does not exist`);
    return 1;
  }
  if (existsSync("/usr/bin/chromium")) return 0;
  const hasApt = (() => {
    try {
      execSync("command -v apt-get", { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  const asRoot = process.getuid?.() === 0;
  if (hasApt) {
    const sudo = asRoot ? "" : "sudo ";
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}apt-get install -y -qq chromium`);
  } else {
    run("npx playwright install chromium");
  }
  return 0;
}

process.exitCode = main();
