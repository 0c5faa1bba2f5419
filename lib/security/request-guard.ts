import { INTERNAL_PAGES } from "./forwarded";

/**
 * The API routes: the HTTP methods each answers (anything else gets 405 with Allow) and how many path segments follow
 * its prefix (any other path under /api gets a JSON 404). Add a row when you add a route.
 */
export const API_METHODS: ReadonlyArray<{ prefix: string; methods: readonly string[]; segments: number; usage: string }> = [
  { prefix: "/api/errors", methods: ["GET", "HEAD"], segments: 0, usage: "/api/errors" },
  { prefix: "/api/search", methods: ["GET", "HEAD"], segments: 0, usage: "/api/search?q=…" },
  { prefix: "/api/mock", methods: ["GET", "HEAD", "OPTIONS"], segments: 2, usage: "/api/mock/{catalog}/{code}" },
  { prefix: "/api/triage", methods: ["POST", "OPTIONS"], segments: 0, usage: "POST /api/triage" },
];

/** What every page and file answers. */
export const PAGE_METHODS: readonly string[] = ["GET", "HEAD", "OPTIONS"];

/**
 * Longest path + query accepted; longer gets 414 (Node itself answers 431 past 16 KiB of headers). Room for a search
 * query at its 2,048-byte limit however it is percent-encoded: each byte takes at most 3 characters.
 */
export const MAX_URL_LENGTH = 8192;

export interface Refusal {
  status: 400 | 404 | 405 | 414;
  error: string;
  parameter?: string;
  allow?: string;
}

/** A request target that is not a path (`GET *`, a malformed absolute URL), as the front door marks it. */
export const NOT_A_PATH: Refusal = { status: 400, error: "the request target is not a path", parameter: "path" };

/** Which API route a path belongs to, if any: /api/mock/a/b → the /api/mock row. */
export function apiRoute(pathname: string) {
  return API_METHODS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The query parameter that takes the most characters (name, "=" and value, still encoded). */
function longestParameter(query: string): { name: string; length: number } | undefined {
  let longest: { name: string; length: number } | undefined;
  for (const part of query.split("&")) {
    if (longest && part.length <= longest.length) continue;
    const raw = part.split("=", 1)[0]!;
    longest = { name: decodes(raw) ? decodeURIComponent(raw.replace(/\+/g, " ")) : raw, length: part.length };
  }
  return longest;
}

/**
 * Checks what Next would otherwise answer with a bare 500, an HTML page or pass to a route unchecked: overlong URLs,
 * malformed percent-encoding in the path, methods an API route does not answer, and paths under /api that no route
 * answers (a JSON 404 rather than the site's HTML one).
 * `pathAndQuery` is the raw request target, still percent-encoded.
 */
export function checkRequest(method: string, pathAndQuery: string): Refusal | undefined {
  const q = pathAndQuery.indexOf("?");
  if (pathAndQuery.length > MAX_URL_LENGTH) {
    const error = `URL is ${pathAndQuery.length} characters long; the limit is ${MAX_URL_LENGTH}`;
    const culprit = q < 0 ? undefined : longestParameter(pathAndQuery.slice(q + 1));
    // Name the parameter when it is most of the URL: that is the one to shorten.
    return culprit && culprit.length > MAX_URL_LENGTH / 2
      ? { status: 414, error: `${error}, ${culprit.length} of them in "${culprit.name}"`, parameter: culprit.name }
      : { status: 414, error };
  }
  const pathname = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  // Only the path: Next has already re-serialized the query by the time the proxy runs (a malformed escape there
  // arrives as U+FFFD, which routes take as text), but it hands the path over raw and would 500 on decoding it.
  if (!decodes(pathname)) return { status: 400, error: "malformed percent-encoding in the URL path", parameter: "path" };
  if (INTERNAL_PAGES.includes(pathname.replace(/\/+$/, ""))) return { status: 404, error: `no page at ${pathname}`, parameter: "path" };
  const route = apiRoute(pathname);
  if (route && !route.methods.includes(method.toUpperCase())) {
    return { status: 405, error: `${method} is not allowed here; use ${route.methods.join(", ")}`, allow: route.methods.join(", ") };
  }
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  // Pages and files: GET and HEAD, and OPTIONS (the proxy answers it); every other method, TRACE included, a 405.
  if (!isApi && !PAGE_METHODS.includes(method.toUpperCase())) {
    return { status: 405, error: `${method} is not allowed here; use ${PAGE_METHODS.join(", ")}`, allow: PAGE_METHODS.join(", ") };
  }
  if (isApi) {
    const rest = route ? pathname.slice(route.prefix.length).split("/").filter(Boolean) : [];
    if (!route || rest.length !== route.segments) {
      const usage = route ? route.usage : API_METHODS.map((r) => r.usage).join(", ");
      return { status: 404, error: `no API at ${pathname}; use ${usage}`, parameter: "path" };
    }
  }
  return undefined;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** A refusal as a Response body: JSON {status, error, parameter} for APIs and non-browser clients, a small HTML page for browsers. */
export function refusalBody(refusal: Refusal, pathname: string, accept: string | null): { body: string; type: string } {
  const json = pathname === "/api" || pathname.startsWith("/api/") || !/text\/html/.test(accept ?? "");
  if (json) {
    // The same shape and type as the API routes' own refusals (lib/mock/respond.ts).
    const { status, error, parameter = null } = refusal;
    return { body: JSON.stringify({ status, error, parameter }, null, 2), type: "application/json" };
  }
  const text = refusal.error.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${refusal.status} · Errata</title><h1>${refusal.status}</h1><p>${text}</p><p><a href="/">All catalogs</a></p></html>`;
  return { body, type: "text/html; charset=utf-8" };
}
