import { defineConfig } from "@playwright/test";
import base, { E2E_BUILD_ENV } from "./playwright.config";

/**
 * A second site built from e2e-hostile/catalogs alone (catalog text that would run if anything compiled it),
 * into its own build directory and on its own port, so it never touches the normal build.
 */
const PORT = Number(process.env.E2E_HOSTILE_PORT ?? 3101);
const baseURL = `http://127.0.0.1:${PORT}`;
// ERRATA_OG_PRERENDER_MAX_CODES=0: no card is drawn at build time, so the e2e exercises drawing them on request.
const env = {
  ...E2E_BUILD_ENV,
  ERRATA_CATALOG_DIR: "e2e-hostile/catalogs",
  ERRATA_DIST_DIR: ".next-hostile",
  ERRATA_OG_PRERENDER_MAX_CODES: "0",
};

export default defineConfig({
  ...base,
  testDir: "e2e-hostile",
  // The build regenerated content/generated from the hostile catalog; put the real catalogs' pages back.
  globalTeardown: "./e2e-hostile/restore-generated.ts",
  use: { ...base.use, baseURL },
  projects: [{ name: "desktop", use: { ...base.projects?.[0]?.use } }],
  webServer: {
    command: `npm run build && node scripts/serve.mjs -p ${PORT} -H 127.0.0.1`,
    env,
    url: `${baseURL}/api/errors`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
  },
});
