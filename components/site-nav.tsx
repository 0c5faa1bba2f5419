import type { ReactNode } from "react";
import { NavDisclosure } from "./nav-disclosure.client";
import { NavLink } from "./nav-link.client";
import { REVEAL_SCRIPT } from "./nav-reveal";
import { routes } from "@/lib/routes";

export interface NavCatalog {
  slug: string;
  name: string;
  /**
   * Each domain, where its codes are listed (its section of the catalog page, or its own page in a large catalog),
   * and its own page, which the link stands for when it leads to the section.
   */
  domains: { name: string; href: string; page: string }[];
}

export interface NavGuide {
  slug: string;
  title: string;
}

/** One list of the sidebar under its label: the summary on a phone, a heading-like label beside the page. */
function NavSection({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <summary>{label}</summary>
      <nav aria-label={label}>
        {/* Stands in for the summary, in the same place and size, once the disclosure is opened on a wide screen. */}
        <p className="site-nav-title" aria-hidden="true">
          {label}
        </p>
        <ul>{children}</ul>
      </nav>
    </>
  );
}

/**
 * Sidebar of every catalog and its domains, or of the guides beside a guide; a <details> disclosure on small screens,
 * so it works without JS. The link to the page being read is marked (aria-current) and scrolled into sight.
 */
export function SiteNav({ catalogs, guides }: { catalogs: NavCatalog[]; guides: NavGuide[] }) {
  return (
    <>
      <NavDisclosure
        catalogs={
          <NavSection label="Catalogs">
            {catalogs.map((catalog) => (
              <li key={catalog.slug}>
                <NavLink href={routes.catalog(catalog.slug)} className="nav-catalog">
                  {catalog.name}
                </NavLink>
                <ul>
                  {catalog.domains.map((domain) => (
                    <li key={domain.name}>
                      <NavLink href={domain.href} at={domain.page}>
                        {domain.name}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </NavSection>
        }
        guides={
          <NavSection label="Guides">
            <li>
              <NavLink href={routes.guides()} className="nav-catalog">
                All guides
              </NavLink>
              <ul>
                {guides.map((guide) => (
                  <li key={guide.slug}>
                    <NavLink href={routes.guide(guide.slug)}>{guide.title}</NavLink>
                  </li>
                ))}
              </ul>
            </li>
          </NavSection>
        }
      />
      <script dangerouslySetInnerHTML={{ __html: REVEAL_SCRIPT }} />
    </>
  );
}
