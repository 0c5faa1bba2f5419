import { createHash } from "node:crypto";

/** A CSP source expression for some inline text, as browsers hash it (UTF-8, SHA-256, base64). */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The one <style> element a script creates at runtime: next-themes' `disableTransitionOnChange` inserts it while the
 * theme switches (node_modules/next-themes/dist/index.mjs). Its text is fixed, so its hash is too.
 */
export const NEXT_THEMES_STYLE =
  "*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}";

/** next-themes' style hash, computed once: every page's CSP names it. */
const NEXT_THEMES_STYLE_HASH = cspHash(NEXT_THEMES_STYLE);

export interface PagePolicy {
  /** Hashes of the page's inline <script> elements ('sha256-…'), from the build's manifest. */
  scripts: readonly string[];
  /** Hashes of the page's inline <style> elements. */
  styles: readonly string[];
}

/**
 * The Content-Security-Policy of an HTML page. Nothing is allowed by default; scripts are the site's own files plus
 * the exact inline scripts the build prerendered into this page (no 'unsafe-inline', no 'unsafe-eval').
 * Style attributes stay allowed: Shiki colours code with style="--shiki-light:…" and attributes cannot run script.
 */
export function pageCsp(policy: PagePolicy, https: boolean): string {
  const directives = [
    "default-src 'none'",
    ["script-src 'self'", ...policy.scripts].join(" "),
    ["style-src 'self'", NEXT_THEMES_STYLE_HASH, ...policy.styles].join(" "),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** JSON, CSV and other non-HTML responses load nothing and may not be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PLAIN_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  // Other sites may not embed our responses (no-cors); CORS requests, such as a tool reading the JSON API, still work.
  "Cross-Origin-Resource-Policy": "same-origin",
});

// HSTS over plain HTTP is ignored by browsers and would be wrong behind a TLS-less dev server.
const HTTPS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...PLAIN_HEADERS,
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
});

/** Headers every response gets, whatever it is: one frozen object per scheme, built once (the proxy reads it per request). */
export function baseHeaders(https: boolean): Readonly<Record<string, string>> {
  return https ? HTTPS_HEADERS : PLAIN_HEADERS;
}
