import { routes } from "../routes";

/**
 * Every kind of page the CSP e2e (e2e/security.spec.ts) opens to check that it hydrates, works and reports no
 * CSP violation. Add a row when a new kind of page or interactive widget lands. `interact` names a step the spec
 * knows (see INTERACTIONS there); the theme toggle is exercised on every page.
 */
export interface ProbeTarget {
  name: string;
  path: string;
  /** HTTP status the page answers with (after redirects). */
  status: number;
  interact?: "client-navigation" | "triage";
}

export const PROBE_TARGETS: readonly ProbeTarget[] = [
  { name: "home", path: "/", status: 200, interact: "client-navigation" },
  { name: "catalog", path: routes.catalog("auth-service"), status: 200, interact: "client-navigation" },
  { name: "all catalogs", path: routes.allCodes(), status: 200 },
  { name: "code page", path: routes.code("auth-service", "AUTH_001"), status: 200 },
  { name: "code page (other envelope)", path: routes.code("accounts", "auth:invalid_credentials"), status: 200 },
  { name: "code page with placeholders (Try it panel)", path: routes.code("identity-platform", "AUT-0010"), status: 200 },
  { name: "search page", path: routes.search("token expired"), status: 200 },
  { name: "guide", path: routes.guide("handling-errors"), status: 200 },
  { name: "insights", path: routes.insights(), status: 200 },
  // A Web Worker (worker-src falls back to script-src) that fetches the search index files (connect-src).
  { name: "triage (its worker)", path: routes.triage(), status: 200, interact: "triage" },
  { name: "changelog", path: routes.changelog("authos"), status: 200 },
  { name: "not found", path: "/no-such-page", status: 404 },
  // Rendered per request (not in the CSP manifest): hydrates through the per-request nonce.
  { name: "short link, two catalogs", path: routes.shortLink("forbidden"), status: 200 },
  { name: "short link, unknown code", path: routes.shortLink("AUTH_0001"), status: 404 },
  { name: "short link redirect", path: routes.shortLink("auth-001"), status: 200 },
];
