import { defineConfig, devices } from "@playwright/test";
// Chromium: CHROMIUM_PATH, then Debian's headless shell, then Debian's Chromium, then Playwright's own; the flags that
// work here (scripts/bench/chromium.ts).
import { CHROMIUM_ARGS, testChromiumPath } from "./scripts/bench/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * The e2e builds skip Next's own type check: `npm test` has just run `tsc --noEmit` over the same code (`npm run
 * check`), and on 2 cores the second check costs each build about 15 s.
 */
export const E2E_BUILD_ENV = { ERRATA_SKIP_BUILD_TYPECHECK: "1" };
/** The main suite runs as if behind a TLS-terminating proxy we trust, so its HSTS checks can send X-Forwarded-Proto. */
const E2E_SERVER_ENV = { ...E2E_BUILD_ENV, ERRATA_TRUST_PROXY: "1" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // At most one retry, on CI only; a test that passes only on its retry is a failure to fix (the list reporter says "flaky").
  retries: process.env.CI ? 1 : 0,
  // Two cores: one worker per core. The server shares them, but workers mostly wait on it and on the browser.
  workers: 2,
  // Timeouts are margins, not measurements: tests wait for signals (hydration, a visible control, a response) and go
  // on the moment they arrive, so a wide margin costs a fast machine nothing and keeps a busy one from failing.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    navigationTimeout: 45_000,
    launchOptions: {
      executablePath: testChromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /responsive\.spec\.ts/ },
  ],
  webServer: {
    // e2e runs against a production build, never `next dev`.
    command: `npm run build && node scripts/serve.mjs -p ${PORT} -H 127.0.0.1`,
    env: E2E_SERVER_ENV,
    url: `${baseURL}/api/errors`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
  },
});
