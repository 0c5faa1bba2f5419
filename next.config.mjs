import createMDX from "@next/mdx";

const withMDX = createMDX({});

/**
 * Headers for every response, build assets included. Pages and APIs get these again from proxy.ts, together with
 * their Content-Security-Policy (per-page script hashes) and HSTS (only over HTTPS); see lib/security/csp.ts.
 */
const baseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "mdx"],
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // A second build (the hostile-catalog e2e) can sit beside the normal one.
  distDir: process.env.ERRATA_DIST_DIR ?? ".next",
  async headers() {
    return [{ source: "/:path*", headers: baseHeaders }];
  },
};

export default withMDX(nextConfig);
