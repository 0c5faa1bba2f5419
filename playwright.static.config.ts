import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";

// The static export (npm run build:static), served by scripts/serve-static.ts with the CDN headers.
const PORT = Number(process.env.E2E_STATIC_PORT ?? 3102);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...base,
  testDir: "e2e-static",
  use: { ...base.use, baseURL },
  projects: [{ name: "static", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `npm run build:static && npx tsx scripts/serve-static.ts --port ${PORT}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
  },
});
