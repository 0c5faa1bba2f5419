import Link from "next/link";
import { SearchLauncher } from "./search-launcher.client";
import { ThemeToggle } from "./theme-toggle.client";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand" aria-label="Errata home">
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
          <rect x="2" y="2" width="20" height="20" rx="5" fill="currentColor" />
          <path d="M8 7h8M8 12h6M8 17h8M8 7v10" stroke="var(--bg)" strokeWidth="2.2" strokeLinecap="round" fill="none" />
        </svg>
        <span>Errata</span>
      </Link>
      <nav aria-label="Site" className="header-links">
        <Link href="/catalogs/all">All errors</Link>
        <Link href="/guides">Guides</Link>
        <Link href="/insights">Insights</Link>
        <Link href="/api/errors" prefetch={false}>
          API
        </Link>
      </nav>
      <div className="header-actions">
        <SearchLauncher />
        <ThemeToggle />
      </div>
    </header>
  );
}
