// Reads and writes: one incoming Node request, before Next sees it. Pure apart from that request; no I/O.
//
// Next answers some requests before proxy.ts runs, without our headers and sometimes wrongly: a path with repeated
// slashes or a backslash (its own bare 308), a method undici cannot build a Request from (TRACE: a 500), a request
// target that is not a path (`OPTIONS *`: a 500; `GET http://host/x`: a 308 to itself, forever). The front door turns
// each into an ordinary request with a marker, so the proxy answers it with the same headers as everything else.

/** The marker headers; a client's own copies are dropped, so only the front door sets them. */
export const FRONT_DOOR_HEADERS = {
  /** "redirect": the path was cleaned, answer a 308 to it; "bad-target": the request target was not a path. */
  answer: "x-errata-front",
  /** The method the client sent, where the front door had to replace it with GET. */
  method: "x-errata-front-method",
};

/**
 * What Next reads to decide the scheme and host a request came on. From a client straight, they are its word: a plain
 * HTTP request saying `X-Forwarded-Proto: https` would get an https page (HSTS, upgrade-insecure-requests) that a cache
 * keyed on the URL alone would then hand to everyone.
 */
const FORWARDED_HEADERS = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"];

/** Methods Node parses but undici refuses to construct a Request with (CONNECT never reaches a request handler). */
const UNBUILDABLE_METHODS = new Set(["TRACE", "TRACK"]);

/**
 * Rewrites `req` in place and returns it:
 * - forged markers are dropped, and so are X-Forwarded-Proto, -Host and -Port unless `trustProxy` (ERRATA_TRUST_PROXY:
 *   a proxy in front sets them), so Next takes the scheme and host from the connection;
 * - TRACE/TRACK become GET, marked with the method (the proxy answers 405 with Allow);
 * - an absolute-form target (`http://host/x?q`) is served as its path (`/x?q`), as RFC 9112 §3.2.2 asks;
 * - `*` becomes `/`: `OPTIONS *` then gets the 204 with Allow that pages get, anything else a 400 (marked);
 * - repeated slashes and backslashes are cleaned as Next would, marked for the proxy's 308.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {{ trustProxy?: boolean }} [options]
 */
export function frontDoor(req, { trustProxy = false } = {}) {
  delete req.headers[FRONT_DOOR_HEADERS.answer];
  delete req.headers[FRONT_DOOR_HEADERS.method];
  if (!trustProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  const method = (req.method ?? "GET").toUpperCase();
  if (UNBUILDABLE_METHODS.has(method)) {
    req.headers[FRONT_DOOR_HEADERS.method] = method;
    req.method = "GET";
  }
  let url = req.url ?? "/";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      const absolute = new URL(url);
      url = absolute.pathname + absolute.search;
    } catch {
      url = "*";
    }
  }
  if (!url.startsWith("/")) {
    if (!(url === "*" && method === "OPTIONS")) req.headers[FRONT_DOOR_HEADERS.answer] = "bad-target";
    req.url = "/";
    return req;
  }
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  if (/\\|\/\//.test(path)) {
    // The same cleaning as Next's own redirect (normalizeRepeatedSlashes); the proxy then makes the path canonical.
    req.url = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/") + (q < 0 ? "" : url.slice(q));
    req.headers[FRONT_DOOR_HEADERS.answer] = "redirect";
  } else {
    req.url = url;
  }
  return req;
}
