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
  interact?: "client-navigation";
}

export const PROBE_TARGETS: readonly ProbeTarget[] = [
  { name: "home", path: "/", status: 200, interact: "client-navigation" },
  { name: "catalog", path: "/catalogs/auth-service", status: 200, interact: "client-navigation" },
  { name: "all catalogs", path: "/catalogs/all", status: 200 },
  { name: "code page", path: "/catalogs/auth-service/auth-001", status: 200 },
  { name: "code page (other envelope)", path: "/catalogs/accounts/auth-invalid-credentials", status: 200 },
  { name: "code page with placeholders (Try it panel)", path: "/catalogs/identity-platform/aut-0010", status: 200 },
  { name: "search page", path: "/search?q=token%20expired", status: 200 },
  { name: "guide", path: "/guides/handling-errors", status: 200 },
  { name: "insights", path: "/insights", status: 200 },
  { name: "changelog", path: "/changelog/authos", status: 200 },
  { name: "not found", path: "/no-such-page", status: 404 },
  // Rendered per request (not in the CSP manifest): hydrates through the per-request nonce.
  { name: "short link, two catalogs", path: "/e/forbidden", status: 200 },
  { name: "short link, unknown code", path: "/e/AUTH_0001", status: 404 },
  { name: "short link redirect", path: "/e/auth-001", status: 200 },
];
