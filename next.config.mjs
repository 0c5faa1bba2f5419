import path from "node:path";
import createMDX from "@next/mdx";

// Paths, not functions: the MDX loader imports plugins itself (Turbopack passes only serialisable options).
const guides = path.join(import.meta.dirname, "content", "guides");
const withMDX = createMDX({
  options: { remarkPlugins: [[path.join(import.meta.dirname, "lib", "guides", "remark-headings.mjs"), { only: guides }]] },
});

/**
 * Headers for every response, build assets included. Pages and APIs get these again from proxy.ts, together with
 * their Content-Security-Policy (per-page script hashes) and HSTS (only over HTTPS); see lib/security/csp.ts.
 */
const baseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** ERRATA_STATIC=1 (set by `npm run build:static`) exports a fully static site into out/. */
const isStatic = process.env.ERRATA_STATIC === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "mdx"],
  reactStrictMode: true,
  poweredByHeader: false,
  // proxy.ts answers a trailing slash itself, so the redirect carries the security headers (issue 18, row 10).
  skipTrailingSlashRedirect: !isStatic,
  images: { unoptimized: true },
  // Second builds (the hostile-catalog e2e, the benchmark's synthetic catalogs) sit beside the normal one.
  distDir: process.env.ERRATA_DIST_DIR || ".next",
  // A static export has no server to send headers: the CDN sets them (README, "Deploying").
  ...(isStatic ? {} : { headers: async () => [{ source: "/:path*", headers: baseHeaders }] }),
  experimental: {
    // The stylesheet (about 3 kB gzipped) goes inline into <head>: no render-blocking request before first paint.
    inlineCss: true,
  },
  // The export moves server-only routes aside (scripts/build-static.ts), so Next's type check would trip over the
  // route validators of other build directories (.next-hostile/types) that still name them. The same code is
  // type-checked as a whole by `npm run typecheck` and by every normal build.
  ...(isStatic ? { output: "export", trailingSlash: false } : {}),
  // The e2e builds skip the check too (ERRATA_SKIP_BUILD_TYPECHECK, set by playwright.config.ts): `npm test` has just
  // run `tsc --noEmit` over the same code.
  ...(isStatic || process.env.ERRATA_SKIP_BUILD_TYPECHECK === "1" ? { typescript: { ignoreBuildErrors: true } } : {}),
};

export default withMDX(nextConfig);
