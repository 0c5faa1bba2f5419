import { IntentLink } from "@/components/intent-link.client";
import { SearchLauncher } from "./search-launcher.client";
import { ThemeToggle } from "./theme-toggle.client";
import { WideOpenDetails } from "./wide-open-details.client";
import { routes } from "@/lib/routes";
import "./site-header.css";

export function SiteHeader() {
  return (
    <header className="site-header">
      <IntentLink href="/" className="brand" aria-label="Errata home">
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
          <rect x="2" y="2" width="20" height="20" rx="5" fill="currentColor" />
          <path d="M8 7h8M8 12h6M8 17h8M8 7v10" stroke="var(--bg)" strokeWidth="2.2" strokeLinecap="round" fill="none" />
        </svg>
        <span>Errata</span>
      </IntentLink>
      {/* The links in a row on a wide screen; behind a Menu button on a phone, where they would not fit beside search. */}
      <WideOpenDetails media="(min-width: 721px)" className="header-menu" dismissable>
        <summary>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2">
            <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" />
          </svg>
          Menu
        </summary>
        <nav aria-label="Site" className="header-links">
          <IntentLink href={routes.allCodes()}>All errors</IntentLink>
          <IntentLink href={routes.guides()}>Guides</IntentLink>
          <IntentLink href={routes.insights()}>Insights</IntentLink>
          <IntentLink href={routes.triage()}>Triage</IntentLink>
          {/* The guide to the JSON APIs; the JSON itself is one click on from there. */}
          <IntentLink href={routes.guide("api")}>API</IntentLink>
        </nav>
      </WideOpenDetails>
      <div className="header-actions">
        <SearchLauncher />
        <ThemeToggle />
      </div>
    </header>
  );
}
