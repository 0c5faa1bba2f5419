import type { MetadataRoute } from "next";
import { SITE_ORIGIN } from "@/lib/site";

// Prerendered at build time (also in the static export).
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  // Short links stay crawlable so links pasted elsewhere lead crawlers to the canonical pages they redirect to.
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/"] }], sitemap: `${SITE_ORIGIN}/sitemap.xml` };
}
