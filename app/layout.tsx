import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ThemeProvider } from "next-themes";
import { SiteHeader } from "@/components/site-header";
import { domainHref, domainPath, domainSlugs } from "@/lib/catalog/domains";
import { domainAnchor } from "@/lib/anchors";
import { SiteNav } from "@/components/site-nav";
import { HydrationMark } from "@/components/hydration-mark.client";
import { PlaceholderTips } from "@/components/placeholder-tips.client";
import { SkipLink } from "@/components/skip-link.client";
import { guideList } from "@/content/guides/list";
import { getCatalogs } from "@/lib/catalog/repository";
import { SITE_NAME, SITE_ORIGIN, SITE_TAGLINE } from "@/lib/site";
import "./tokens.css";
import "./globals.css";
import "./shell.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_ORIGIN),
  title: { default: `${SITE_NAME}: API error catalogs`, template: `%s` },
  description: SITE_TAGLINE,
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1117" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const catalogs = getCatalogs().map((c) => {
    const slugs = domainSlugs(c);
    return {
      slug: c.slug,
      name: c.service.name,
      domains: c.domains.map((d) => ({
        name: d.name,
        href: domainHref(c, d.name, domainAnchor(d.name)),
        page: domainPath(c.slug, slugs.get(d.name) ?? ""),
      })),
    };
  });
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
          <SkipLink target="main">Skip to content</SkipLink>
          <SiteHeader />
          <div className="shell">
            <SiteNav catalogs={catalogs} guides={guideList.map((g) => ({ slug: g.slug, title: g.title }))} />
            {/* The skip link makes it focusable while it sends focus here (components/skip-link.client.tsx). */}
            <main id="main" className="content">
              {children}
            </main>
          </div>
          <HydrationMark />
          <PlaceholderTips />
        </ThemeProvider>
      </body>
    </html>
  );
}
