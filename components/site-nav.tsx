import { IntentLink } from "@/components/intent-link.client";
import { NavDisclosure } from "./nav-disclosure.client";
import { routes } from "@/lib/routes";

export interface NavCatalog {
  slug: string;
  name: string;
  /** Each domain and where its codes are listed: its section of the catalog page, or its own page in a large catalog. */
  domains: { name: string; href: string }[];
}

/** Sidebar of every catalog and its domains; a <details> disclosure on small screens, so it works without JS. */
export function SiteNav({ catalogs }: { catalogs: NavCatalog[] }) {
  return (
    <NavDisclosure>
      <summary>Catalogs</summary>
      <nav aria-label="Catalogs">
        {/* Stands in for the summary, in the same place and size, once the disclosure is opened on a wide screen. */}
        <p className="site-nav-title" aria-hidden="true">
          Catalogs
        </p>
        <ul>
          {catalogs.map((catalog) => (
            <li key={catalog.slug}>
              <IntentLink href={routes.catalog(catalog.slug)} className="nav-catalog">
                {catalog.name}
              </IntentLink>
              <ul>
                {catalog.domains.map((domain) => (
                  <li key={domain.name}>
                    <IntentLink href={domain.href}>{domain.name}</IntentLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
    </NavDisclosure>
  );
}
