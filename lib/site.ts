/** Public origin for absolute URLs (canonical links, short links, Open Graph). Set ERRATA_ORIGIN (or ERRATA_SITE_URL) when deploying. */
export const SITE_ORIGIN = (
  process.env.ERRATA_ORIGIN ??
  process.env.ERRATA_SITE_URL ??
  process.env.NEXT_PUBLIC_ERRATA_ORIGIN ??
  "http://localhost:3000"
).replace(/\/+$/, "");
export const SITE_NAME = "Errata";
export const SITE_TAGLINE = "Every error an API can return, what it means, and what the response looks like.";
