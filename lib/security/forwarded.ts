/**
 * Whether the client reached us over HTTPS. `X-Forwarded-Proto` is the client's word unless a proxy we trust sets it,
 * so it only counts with ERRATA_TRUST_PROXY set, and then only its last hop (the proxy in front of us; earlier hops
 * are whatever the client sent).
 */
export function isHttpsRequest(forwardedProto: string | null, protocol: string, trustProxy: boolean): boolean {
  if (trustProxy && forwardedProto) return forwardedProto.split(",").at(-1)!.trim().toLowerCase() === "https";
  return protocol === "https:";
}

/** ERRATA_TRUST_PROXY=1 (or true): a TLS-terminating proxy in front of the server sets X-Forwarded-Proto. */
export function trustsProxy(): boolean {
  return /^(?:1|true|yes)$/i.test(process.env.ERRATA_TRUST_PROXY ?? "");
}

/** A host as a Host header may name one: a DNS name or IPv4 address, or a bracketed IPv6 one, with an optional port. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the client asked for, from its Host header (X-Forwarded-Host's last hop behind a proxy we trust), on
 * https when it came over TLS. Next's request URL names the host the server was started with, not the one asked for;
 * it is the answer only when no header names a valid host.
 */
export function requestOrigin(headers: Headers, url: URL, trustProxy: boolean): string {
  const forwarded = trustProxy ? headers.get("x-forwarded-host")?.split(",").at(-1)?.trim() : undefined;
  const host = [forwarded, headers.get("host")?.trim()].find((h) => h && HOST.test(h));
  const https = isHttpsRequest(headers.get("x-forwarded-proto"), url.protocol, trustProxy);
  return `${https ? "https" : "http"}://${(host ?? url.host).toLowerCase()}`;
}

/** RFC 3986's unreserved characters: percent-encoding one of them spells the same URL. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * The canonical spelling of a path: escapes of unreserved characters decoded (`/catalogs/%61ll` is `/catalogs/all`,
 * `aut%2D0010` is `aut-0010`), every other escape kept, repeated and trailing slashes dropped. Equal to the input
 * when it is already canonical.
 */
export function canonicalPath(pathname: string): string {
  const decoded = pathname.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape;
  });
  // One slash between segments, and none at the end (but "/" itself): /catalogs//all/ is /catalogs/all.
  return decoded.replace(/\/{2,}/g, "/").replace(/(.)\/+$/, "$1");
}

/** Next's internal pages, reachable by their paths but not pages of the site: answered 404, never cached. */
export const INTERNAL_PAGES = ["/_global-error", "/_not-found", "/_error"];
