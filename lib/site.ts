/**
 * The public origin when the deployment names one (ERRATA_ORIGIN, or ERRATA_SITE_URL / NEXT_PUBLIC_ERRATA_ORIGIN), without
 * a trailing slash. Undefined otherwise: then what a reader copies (short links, Markdown, curl, the mock's `type`) takes
 * the page's own origin at run time, and only what must be absolute at build time (canonical links, the sitemap,
 * Open Graph) falls back to SITE_ORIGIN.
 */
export const PUBLIC_ORIGIN: string | undefined =
  (process.env.ERRATA_ORIGIN ?? process.env.ERRATA_SITE_URL ?? process.env.NEXT_PUBLIC_ERRATA_ORIGIN)?.trim().replace(/\/+$/, "") ||
  undefined;

/** Public origin for absolute URLs made at build time (canonical links, the sitemap, Open Graph). Set ERRATA_ORIGIN when deploying. */
export const SITE_ORIGIN = PUBLIC_ORIGIN ?? "http://localhost:3000";
export const SITE_NAME = "Errata";
export const SITE_TAGLINE = "Every error an API can return, what it means, and what the response looks like.";
