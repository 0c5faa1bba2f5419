import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, baseHeaders, pageCsp } from "@/lib/security/csp";
import { policyFor } from "@/lib/security/csp-manifest";
import { loadCspManifest } from "@/lib/security/load-manifest";
import { checkRequest, NOT_A_PATH, PAGE_METHODS, refusalBody } from "@/lib/security/request-guard";
import { canonicalPath, isHttpsRequest, trustsProxy } from "@/lib/security/forwarded";
import { readFrontDoor } from "@/lib/security/front-door";
import { isMissingShortLink, shortLinkKeyOfPath } from "@/lib/short-links/missing";
import { shortLinkKeys } from "@/content/generated/short-link-keys";
import { shortLinkRedirects } from "@/content/generated/short-link-redirects";

const SHORT_LINK_KEYS = new Set(shortLinkKeys);

/**
 * A prerendered page's CSP, by scheme and path: the manifest is read once per server, so the policy of a path never
 * changes. Only paths the build prerendered are kept, so the map holds at most two entries per page, whatever is asked.
 */
const PRERENDERED_CSP = [new Map<string, string>(), new Map<string, string>()] as const;

/** The CSP of a prerendered page at `pathname`, or null when the build did not prerender it. */
function prerenderedCsp(pathname: string, https: boolean): string | null {
  const cache = PRERENDERED_CSP[https ? 1 : 0];
  const cached = cache.get(pathname);
  if (cached !== undefined) return cached;
  const { policy, prerendered } = policyFor(loadCspManifest(), pathname);
  if (!prerendered) return null;
  const csp = pageCsp(policy, https);
  cache.set(pathname, csp);
  return csp;
}

/** Security headers on every response, and a clear 4xx for requests Next would answer with a bare 500. */
export function proxy(request: NextRequest) {
  const trust = trustsProxy();
  const https = isHttpsRequest(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol, trust);
  const url = new URL(request.url);
  // url.pathname keeps percent-escapes as sent; nextUrl.pathname is the same string.
  const pathname = url.pathname;
  // What `npm start`'s front door saw before Next: the client's method (TRACE arrives as GET) and a path it cleaned.
  const { method, answer } = readFrontDoor(request.headers, request.method);
  // An encoded spelling of a path (/catalogs/%61ll): one 308 to the canonical one, so every page has one URL (and
  // its CSP hashes), and Next never sees a spelling it would answer with a 500.
  const canonical = canonicalPath(pathname);
  if ((canonical !== pathname || answer?.kind === "redirect") && !checkRequest(method, pathname)) {
    const target = new URL(canonical + url.search, request.url);
    const response = NextResponse.redirect(target, 308);
    response.headers.set("Cache-Control", "no-store");
    return withHeaders(response, https, API_CSP, trust);
  }
  const refusal = answer?.kind === "bad-target" ? NOT_A_PATH : checkRequest(method, pathname + url.search);
  if (refusal) {
    const { body, type } = refusalBody(refusal, pathname, request.headers.get("accept"));
    const headers = new Headers({ ...baseHeaders(https), "Content-Type": type, "Cache-Control": "no-store" });
    if (trust) headers.set("Vary", "X-Forwarded-Proto");
    headers.set("Content-Security-Policy", type.startsWith("text/html") ? pageCsp({ scripts: [], styles: [] }, https) : API_CSP);
    if (refusal.allow) headers.set("Allow", refusal.allow);
    return new NextResponse(method === "HEAD" ? null : body, { status: refusal.status, headers });
  }
  // A short link to one page: its 308 from the generated map, before anything renders (the cheapest answer there is).
  const shortKey = shortLinkKeyOfPath(pathname);
  const target = shortKey === undefined ? undefined : shortLinkRedirects[shortKey];
  if (target && (method === "GET" || method === "HEAD")) {
    const response = NextResponse.redirect(new URL(target, request.url), 308);
    // Short for caches: a rename or removal may point the link elsewhere after the next deploy.
    response.headers.set("Cache-Control", "public, max-age=300");
    return withHeaders(response, https, API_CSP, trust);
  }
  const isApi = pathname.startsWith("/api/") || pathname === "/api";
  // OPTIONS on a page or file: which methods it takes, and nothing else (the API routes answer their own).
  if (method === "OPTIONS" && !isApi) {
    const headers = new Headers({ Allow: PAGE_METHODS.join(", "), "Cache-Control": "no-store" });
    return withHeaders(new NextResponse(null, { status: 204, headers }), https, API_CSP, trust);
  }
  if (isApi) return withHeaders(NextResponse.next(), https, API_CSP, trust);
  // A prerendered page is cacheable and Next sets its Vary itself, so no request header may change it: behind a trusted
  // TLS proxy it always carries HSTS (browsers ignore HSTS over plain HTTP); otherwise it never depends on a header.
  const prerendered = prerenderedCsp(pathname, trust || https);
  if (prerendered !== null) return withHeaders(NextResponse.next(), trust || https, prerendered, false);
  const { policy } = policyFor(loadCspManifest(), pathname);
  // Rendered on demand (or a 404): Next puts the nonce it finds in the request's CSP header on its own scripts.
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp({ ...policy, scripts: [...policy.scripts, `'nonce-${nonce}'`] }, https);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  // A short link to no code: its page (nearest codes, a search) with the status it deserves. Not a rewrite: Next
  // proxies a rewrite over HTTP when the request's host differs from the one it listens on (localhost vs 127.0.0.1).
  if (isMissingShortLink(SHORT_LINK_KEYS, pathname)) {
    return withHeaders(NextResponse.next({ status: 404, request: { headers: requestHeaders } }), https, csp, trust);
  }
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), https, csp, trust);
}

/** The security headers; with a trusted proxy the answer depends on X-Forwarded-Proto (HSTS), so caches must vary on it. */
function withHeaders(response: NextResponse, https: boolean, csp: string, trust: boolean): NextResponse {
  for (const [name, value] of Object.entries(baseHeaders(https))) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  if (trust) response.headers.append("Vary", "X-Forwarded-Proto");
  return response;
}

export const config = {
  // Everything but build assets, which get the base headers from next.config.mjs.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
