import type { MetadataRoute } from "next";
import { sitePaths } from "@/lib/site-urls";
import { SITE_ORIGIN } from "@/lib/site";

// Prerendered at build time (also in the static export).
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().map((p) => ({ url: `${SITE_ORIGIN}${p}` }));
}
