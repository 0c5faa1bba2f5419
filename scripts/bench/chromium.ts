// Reads: CHROMIUM_PATH and the file system. Writes: nothing. Which Chromium the tests and the benchmarks launch, and the
// flags that work on these machines.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Debian's Chromium: the full browser, for measurements that should see what a user's browser does (Lighthouse). */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
/**
 * Debian's build of the same Chromium without its desktop UI (package `chromium-headless-shell`), which is what
 * Playwright itself runs for headless tests. Each page load costs it about 2.4× less CPU than the full browser in
 * headless mode (12 loads: 4.6 s against 11.1 s of CPU), which on a 2-core machine decides whether the suite fits.
 */
export const DEBIAN_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** For measurements: CHROMIUM_PATH, then Debian's Chromium, then Playwright's own. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return chromium.executablePath();
}

/**
 * For tests: CHROMIUM_PATH, then Debian's headless shell, then Debian's Chromium, then Playwright's own (undefined:
 * Playwright picks its headless shell).
 */
export function testChromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM].find((path) => existsSync(path));
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
