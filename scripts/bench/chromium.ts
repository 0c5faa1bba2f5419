// Reads: CHROMIUM_PATH and the file system. Writes: nothing. The same Chromium and flags as playwright.config.ts.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** CHROMIUM_PATH, then Debian's, then Playwright's own. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return chromium.executablePath();
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
