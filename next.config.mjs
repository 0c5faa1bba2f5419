import createMDX from "@next/mdx";

const withMDX = createMDX({});

/** ERRATA_STATIC=1 (set by `npm run build:static`) exports a fully static site into out/. */
const isStatic = process.env.ERRATA_STATIC === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "mdx"],
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The benchmark builds synthetic catalogs into their own directory, leaving .next/ alone.
  distDir: process.env.ERRATA_DIST_DIR || ".next",
  experimental: {
    // The stylesheet (about 3 kB gzipped) goes inline into <head>: no render-blocking request before first paint.
    inlineCss: true,
  },
  ...(isStatic ? { output: "export", trailingSlash: false } : {}),
};

export default withMDX(nextConfig);
