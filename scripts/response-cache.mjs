// Reads and writes: nothing but its own memory. Pure: the clock is passed in, and the Node glue lives in scripts/serve.mjs.
//
// A small shared cache (RFC 9111) in `npm start`'s front door, for the responses Next marks as storable by a shared
// cache: prerendered pages and their RSC payloads, build assets, and the few API answers with a public max-age. Next's
// handler costs about 1.5 ms of CPU per prerendered page (docs/performance-log.md); a hit costs a map lookup. A client
// receives what Next would have sent, but for Date and Age: nothing stale, nothing another request's headers chose.

/** ERRATA_RESPONSE_CACHE=0 (or off, false, no) turns the cache off; ERRATA_RESPONSE_CACHE_MB sets its byte budget. */
export const CACHE_ENV = { switch: "ERRATA_RESPONSE_CACHE", megabytes: "ERRATA_RESPONSE_CACHE_MB" };
export const DEFAULT_BUDGET_MB = 64;
/** A body larger than this share of the budget is not stored: one response must not flush the whole cache. */
const MAX_BODY_SHARE = 1 / 8;
/** A rough count of the bytes an entry costs beyond its body, key and headers (objects, maps, buffers). */
const ENTRY_OVERHEAD = 512;

/** The cache's options from the environment, or null when it is turned off. */
export function cacheOptions(env) {
  if (/^(?:0|off|false|no)$/i.test(env[CACHE_ENV.switch] ?? "")) return null;
  const raw = env[CACHE_ENV.megabytes];
  const mb = raw === undefined || raw === "" ? DEFAULT_BUDGET_MB : Number(raw);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`${CACHE_ENV.megabytes}: "${raw}" is not a number of megabytes`);
  if (mb === 0) return null;
  const budget = Math.floor(mb * 1024 * 1024);
  return { budget, maxBody: Math.floor(budget * MAX_BODY_SHARE) };
}

/** One header's value as a string: repeated fields joined with ", " (RFC 9110 §5.3), absent as undefined. */
function headerValue(value) {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** A header from a list of [name, value] pairs, by case-insensitive name. */
function findHeader(headers, name) {
  let found;
  for (const [n, v] of headers) {
    if (n.toLowerCase() !== name) continue;
    const value = headerValue(v);
    found = found === undefined ? value : `${found}, ${value}`;
  }
  return found;
}

/** Cache-Control's directives, lower-cased, each with its argument (unquoted) or true. */
export function parseCacheControl(value) {
  const directives = new Map();
  for (const part of (value ?? "").split(",")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (!name) continue;
    const arg =
      eq < 0
        ? true
        : part
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, "$1");
    if (!directives.has(name)) directives.set(name, arg);
  }
  return directives;
}

/** A delta-seconds argument, or undefined when it is not one. */
function seconds(arg) {
  return typeof arg === "string" && /^\d+$/.test(arg) ? Number(arg) : undefined;
}

/**
 * How long a shared cache may serve this response without asking the origin, in seconds: s-maxage, else max-age
 * (RFC 9111 §4.2.1). 0 when it must not be stored or served from a shared cache (no-store, private, no-cache), and
 * when it names no lifetime at all: heuristic freshness is not worth guessing here.
 */
export function freshnessLifetime(cacheControl) {
  const cc = parseCacheControl(cacheControl);
  if (cc.has("no-store") || cc.has("private") || cc.has("no-cache")) return 0;
  return seconds(cc.get("s-maxage")) ?? seconds(cc.get("max-age")) ?? 0;
}

/**
 * Whether a response may be stored: a 200 to a GET, with a positive shared freshness lifetime, no Set-Cookie and a
 * Vary that names request headers (`Vary: *` never matches a later request). `headers` is a list of [name, value].
 */
export function isStorable(method, status, headers) {
  if (method !== "GET" || status !== 200) return false;
  if (findHeader(headers, "set-cookie") !== undefined) return false;
  if (varyNames(findHeader(headers, "vary")).includes("*")) return false;
  return freshnessLifetime(findHeader(headers, "cache-control")) > 0;
}

/** The request header names a Vary value lists, lower-cased, in order. */
function varyNames(vary) {
  return (vary ?? "")
    .split(",")
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Whether a request must go to Next without the cache (neither served from it nor stored): anything but GET or HEAD;
 * credentials (Authorization); a client asking to skip caches (no-cache, no-store, Pragma: no-cache); a range or a
 * condition other than If-None-Match (Next answers those from the file, the cache does not try); and anything the
 * front door marked, whose answer the proxy decides (`markers`: the front door's header names).
 */
export function bypasses(method, headers, markers) {
  if (method !== "GET" && method !== "HEAD") return true;
  for (const name of ["authorization", "range", "if-range", "if-match", "if-unmodified-since", "if-modified-since", ...markers]) {
    if (headers[name] !== undefined) return true;
  }
  const cc = parseCacheControl(headerValue(headers["cache-control"]));
  if (cc.has("no-cache") || cc.has("no-store")) return true;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/i.test(headerValue(headers.pragma) ?? "")) return true;
  return false;
}

/**
 * The part of the key that does not depend on Vary: the request target (path and query, as the front door left it),
 * the Host, and X-Forwarded-Proto and X-Forwarded-Host as sent. proxy.ts reads the forwarded proto behind a trusted
 * proxy (ERRATA_TRUST_PROXY), and Next itself takes a request whose X-Forwarded-Proto says https for an https one even
 * without it (HSTS and upgrade-insecure-requests on a prerendered page, with no Vary to say so). GET and HEAD share it.
 */
export function primaryKey(target, headers) {
  // Exact values: Next matches "https" case-sensitively, the proxy does not, so no spelling may stand for another.
  return JSON.stringify([target, headers.host, headers["x-forwarded-proto"], headers["x-forwarded-host"]]);
}

/** The values of the headers a response varies on, as the request sent them (absent differs from empty). */
function secondaryKey(names, headers) {
  return JSON.stringify(names.map((n) => headerValue(headers[n]) ?? null));
}

/** If-None-Match against an entity tag, by weak comparison (RFC 9110 §13.1.2); `*` matches any. */
export function noneMatch(ifNoneMatch, etag) {
  if (ifNoneMatch === undefined || etag === undefined) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === wanted);
}

/** Headers a cache never stores or replays: the connection's own, and the ones it writes itself. */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "age", "proxy-connection", "upgrade"]);
/** Headers a 304 leaves out: they describe the body it does not carry (Next's own 304s leave them out too). */
const NOT_IN_304 = new Set(["content-type", "content-length", "content-encoding", "content-range"]);

/**
 * A byte-bounded LRU cache of responses, keyed as above. `now` is the clock in milliseconds.
 */
export class ResponseCache {
  constructor({ budget, maxBody, now = Date.now }) {
    this.budget = budget;
    this.maxBody = maxBody;
    this.now = now;
    /** Full key → entry, least recently used first. */
    this.entries = new Map();
    /** Primary key → the header names its stored responses vary on (one list per URL: a new one drops the old). */
    this.vary = new Map();
    /** Primary key → how many entries it has, so the vary list goes when the last of them does. */
    this.counts = new Map();
    this.bytes = 0;
  }

  /**
   * The response to a GET or HEAD from the cache, or undefined on a miss: `{ status, statusMessage, headers, body }`,
   * headers as [name, value] pairs with an Age, body null for HEAD and 304. `bypasses` must already have said no.
   */
  lookup(method, target, headers) {
    const primary = primaryKey(target, headers);
    const names = this.vary.get(primary);
    if (names === undefined) return undefined;
    const key = `${primary}\n${secondaryKey(names, headers)}`;
    const entry = this.entries.get(key);
    // Next answers a HEAD uncompressed (no body goes through its compression), so a compressed GET's headers are not
    // its answer: that HEAD goes to Next.
    if (entry === undefined || (method === "HEAD" && entry.encoded)) return undefined;
    const age = entry.initialAge + Math.max(0, this.now() - entry.storedAt) / 1000;
    if (age >= entry.lifetime) {
      this.delete(key);
      return undefined;
    }
    // The client's own limits (RFC 9111 §5.2.1): a reload's max-age=0 asks for a response no older than that.
    if (headers["cache-control"] !== undefined) {
      const cc = parseCacheControl(headerValue(headers["cache-control"]));
      const maxAge = seconds(cc.get("max-age"));
      const minFresh = seconds(cc.get("min-fresh"));
      if ((maxAge !== undefined && age > maxAge) || (minFresh !== undefined && entry.lifetime - age < minFresh)) return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    const ageHeader = ["Age", String(Math.floor(age))];
    if (noneMatch(headerValue(headers["if-none-match"]), entry.etag)) {
      const kept = entry.headers.filter(([n]) => !NOT_IN_304.has(n.toLowerCase()));
      return { status: 304, statusMessage: "Not Modified", headers: [...kept, ageHeader], body: null, chunked: false };
    }
    return {
      status: entry.status,
      statusMessage: entry.statusMessage,
      headers: [...entry.headers, ageHeader],
      body: method === "HEAD" ? null : entry.body,
      chunked: entry.chunked,
    };
  }

  /**
   * Stores the response to a GET when `isStorable` allows it and its body fits; returns whether it did. `headers` are
   * the response's [name, value] pairs, `requestHeaders` the request's (lower-cased names, as Node gives them).
   */
  store(target, requestHeaders, { status, statusMessage, headers, body }) {
    if (!isStorable("GET", status, headers) || body.length > this.maxBody) return false;
    const kept = headers.filter(([n]) => !NOT_STORED.has(n.toLowerCase()));
    const names = varyNames(findHeader(headers, "vary"));
    const primary = primaryKey(target, requestHeaders);
    const known = this.vary.get(primary);
    if (known !== undefined && known.join() !== names.join()) this.dropPrimary(primary);
    const key = `${primary}\n${secondaryKey(names, requestHeaders)}`;
    const size =
      ENTRY_OVERHEAD + body.length + key.length + kept.reduce((sum, [n, v]) => sum + n.length + String(headerValue(v)).length, 0);
    if (size > this.budget) return false;
    if (this.entries.has(key)) this.delete(key);
    const initialAge = seconds(findHeader(headers, "age")) ?? 0;
    this.entries.set(key, {
      primary,
      status,
      statusMessage,
      headers: kept,
      body,
      // Sent without a Content-Length (compressed, streamed): replayed the same way, in chunks.
      chunked: findHeader(headers, "content-length") === undefined,
      encoded: findHeader(headers, "content-encoding") !== undefined,
      etag: findHeader(headers, "etag"),
      lifetime: freshnessLifetime(findHeader(headers, "cache-control")),
      initialAge,
      storedAt: this.now(),
      size,
    });
    this.vary.set(primary, names);
    this.counts.set(primary, (this.counts.get(primary) ?? 0) + 1);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.delete(oldest);
    }
    return true;
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
    const left = (this.counts.get(entry.primary) ?? 1) - 1;
    if (left > 0) this.counts.set(entry.primary, left);
    else {
      this.counts.delete(entry.primary);
      this.vary.delete(entry.primary);
    }
  }

  dropPrimary(primary) {
    for (const [key, entry] of this.entries) if (entry.primary === primary) this.delete(key);
  }
}
