/** The variables lib/site.ts reads the public origin from, in its order. */
export const ORIGIN_VARIABLES = ["ERRATA_ORIGIN", "ERRATA_SITE_URL", "NEXT_PUBLIC_ERRATA_ORIGIN"] as const;

/**
 * What a build should say when no public origin is set: canonical links, Open Graph and the sitemap then
 * name http://localhost:3000, which is right for `npm start` on this machine and wrong anywhere else.
 */
export function originNotice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (ORIGIN_VARIABLES.some((name) => env[name]?.trim())) return undefined;
  return "ERRATA_ORIGIN is not set: canonical links, the sitemap and Open Graph will name http://localhost:3000 (copied links, Markdown and curl use the page’s own origin at run time). Set it to the public origin (e.g. ERRATA_ORIGIN=https://errors.example.com) when building for a deployment.";
}
