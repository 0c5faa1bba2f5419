import { IntentLink } from "@/components/intent-link.client";
import { SearchLauncher } from "./search-launcher.client";
import { ThemeToggle } from "./theme-toggle.client";
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
      <nav aria-label="Site" className="header-links">
        <IntentLink href={routes.allCodes()}>All errors</IntentLink>
        <IntentLink href={routes.guides()}>Guides</IntentLink>
        <IntentLink href={routes.insights()}>Insights</IntentLink>
        <IntentLink href={routes.triage()}>Triage</IntentLink>
        {/* JSON, not a page: a plain link, so the browser loads it rather than the client router. */}
        <a href={routes.apiErrors()}>API</a>
      </nav>
      <div className="header-actions">
        <SearchLauncher />
        <ThemeToggle />
      </div>
    </header>
  );
}
