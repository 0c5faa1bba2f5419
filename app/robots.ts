import type { MetadataRoute } from "next";
import { SITE_ORIGIN } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  // Short links only redirect; crawlers should index the canonical code pages.
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/e/", "/api/"] }], sitemap: `${SITE_ORIGIN}/sitemap.xml` };
}
