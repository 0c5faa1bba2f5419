/** Environment variables, as `process.env` holds them; tests pass their own. */
export type ProcessEnvLike = Readonly<Record<string, string | undefined>>;

/**
 * `npm run build:static` sets ERRATA_STATIC=1: the site is exported as files and nothing renders on request (no
 * proxy, no API routes). next.config.mjs reads the same variable to switch to `output: "export"`.
 */
export function isStaticExport(env: ProcessEnvLike = process.env): boolean {
  return env.ERRATA_STATIC === "1";
}
