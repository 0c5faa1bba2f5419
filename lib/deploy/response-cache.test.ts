import { describe, expect, it } from "vitest";
// The response cache is plain JavaScript (it runs in `npm start` without a TypeScript loader); these tests pin it.
import {
  bypasses,
  cacheOptions,
  freshnessLifetime,
  isStorable,
  noneMatch,
  ResponseCache,
  type HeaderPairs,
  type RequestHeaders,
} from "../../scripts/response-cache.mjs";
import { FRONT_DOOR_HEADERS } from "../../scripts/front-door.mjs";

const MARKERS = Object.values(FRONT_DOOR_HEADERS);
/** What Next sends with a prerendered page (the security headers left out). */
const PAGE: HeaderPairs = [
  ["Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding"],
  ["x-nextjs-prerender", ["1", "1"]],
  ["Cache-Control", "s-maxage=31536000"],
  ["ETag", '"abc"'],
  ["Content-Type", "text/html; charset=utf-8"],
  ["Content-Length", "5"],
];
const BODY = Buffer.from("hello");
const REQ: RequestHeaders = { host: "127.0.0.1:3000", "accept-encoding": "gzip" };

function setup(options: { budget?: number; maxBody?: number } = {}) {
  let clock = 1_000_000;
  const cache = new ResponseCache({ budget: 1 << 20, maxBody: 1 << 16, ...options, now: () => clock });
  const tick = (seconds: number) => (clock += seconds * 1000);
  const put = (target: string, headers: HeaderPairs = PAGE, req: RequestHeaders = REQ, body = BODY, status = 200) =>
    cache.store(target, req, { status, statusMessage: "OK", headers, body });
  return { cache, tick, put };
}

const header = (pairs: HeaderPairs, name: string) => pairs.find(([n]) => n.toLowerCase() === name)?.[1];

describe("the response cache in `npm start` (issue #22)", () => {
  it("stores a 200 to a GET with a shared freshness lifetime, and nothing else", () => {
    expect(isStorable("GET", 200, PAGE)).toBe(true);
    expect(isStorable("GET", 200, [["Cache-Control", "public, max-age=60"]])).toBe(true);
    expect(isStorable("GET", 200, [["Cache-Control", "public, max-age=31536000, immutable"]])).toBe(true);
    expect(isStorable("HEAD", 200, PAGE)).toBe(false);
    for (const status of [203, 204, 206, 301, 304, 307, 308, 400, 404, 405, 500]) expect(isStorable("GET", status, PAGE)).toBe(false);
    for (const cc of [
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "no-store",
      "private, max-age=60",
      "no-cache, max-age=60",
      "s-maxage=0",
      "max-age=0",
      "public",
      "",
    ]) {
      expect(isStorable("GET", 200, [["Cache-Control", cc]]), cc).toBe(false);
    }
    expect(isStorable("GET", 200, [])).toBe(false);
    expect(isStorable("GET", 200, [...PAGE, ["Set-Cookie", "a=b"]])).toBe(false);
    expect(isStorable("GET", 200, [...PAGE, ["Vary", "*"]])).toBe(false);
    expect(
      isStorable("GET", 200, [
        ["Cache-Control", "max-age=60"],
        ["Vary", "Accept, *"],
      ]),
    ).toBe(false);
  });

  it("takes s-maxage before max-age as the lifetime", () => {
    expect(freshnessLifetime("s-maxage=10, max-age=100")).toBe(10);
    expect(freshnessLifetime("max-age=100")).toBe(100);
    expect(freshnessLifetime('max-age="100"')).toBe(100);
    expect(freshnessLifetime("max-age=abc")).toBe(0);
    expect(freshnessLifetime("public, s-maxage=31536000, private")).toBe(0);
    expect(freshnessLifetime(undefined)).toBe(0);
  });

  it("serves what it stored, with an Age and without the connection's headers", () => {
    const { cache, tick, put } = setup();
    expect(cache.lookup("GET", "/", REQ)).toBeUndefined();
    expect(put("/", [...PAGE, ["Connection", "close"], ["Date", "x"]])).toBe(true);
    tick(2.5);
    const hit = cache.lookup("GET", "/", REQ)!;
    expect(hit.status).toBe(200);
    expect(hit.body).toEqual(BODY);
    expect(hit.headers).toEqual([...PAGE, ["Age", "2"]]);
    expect(hit.chunked).toBe(false);
    expect(cache.lookup("GET", "/?a=1", REQ)).toBeUndefined();
    expect(cache.lookup("GET", "/x", REQ)).toBeUndefined();
  });

  it("keeps a response sent without a Content-Length that way", () => {
    const { cache, put } = setup();
    put("/c", [
      ["Cache-Control", "max-age=60"],
      ["Content-Encoding", "gzip"],
    ]);
    expect(cache.lookup("GET", "/c", REQ)!.chunked).toBe(true);
  });

  it("answers HEAD with the headers alone, but leaves a compressed variant's HEAD to Next", () => {
    const { cache, put } = setup();
    put("/");
    const head = cache.lookup("HEAD", "/", REQ)!;
    expect(head.body).toBeNull();
    expect(header(head.headers, "content-length")).toBe("5");
    put("/gz", [...PAGE.filter(([n]) => n !== "Content-Length"), ["Content-Encoding", "gzip"]]);
    expect(cache.lookup("GET", "/gz", REQ)).toBeDefined();
    expect(cache.lookup("HEAD", "/gz", REQ)).toBeUndefined();
  });

  it("never serves a stale response: s-maxage, else max-age, counting the Age it came with", () => {
    const { cache, tick, put } = setup();
    put("/api", [["Cache-Control", "public, max-age=60"]]);
    put("/aged", [
      ["Cache-Control", "max-age=60"],
      ["Age", "50"],
    ]);
    put("/s", [["Cache-Control", "s-maxage=5, max-age=600"]]);
    tick(9);
    expect(header(cache.lookup("GET", "/aged", REQ)!.headers, "age")).toBe("59");
    expect(cache.lookup("GET", "/s", REQ)).toBeUndefined();
    tick(1);
    expect(cache.lookup("GET", "/aged", REQ)).toBeUndefined();
    expect(header(cache.lookup("GET", "/api", REQ)!.headers, "age")).toBe("10");
    tick(50);
    expect(cache.lookup("GET", "/api", REQ)).toBeUndefined();
    expect(cache.entries.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("respects the client's max-age and min-fresh", () => {
    const { cache, tick, put } = setup();
    put("/", [["Cache-Control", "max-age=60"]]);
    expect(cache.lookup("GET", "/", { ...REQ, "cache-control": "max-age=0" })).toBeDefined();
    tick(1);
    expect(cache.lookup("GET", "/", { ...REQ, "cache-control": "max-age=0" })).toBeUndefined();
    expect(cache.lookup("GET", "/", { ...REQ, "cache-control": "max-age=5" })).toBeDefined();
    expect(cache.lookup("GET", "/", { ...REQ, "cache-control": "min-fresh=59" })).toBeDefined();
    expect(cache.lookup("GET", "/", { ...REQ, "cache-control": "min-fresh=60" })).toBeUndefined();
  });

  it("keys on the request headers the response's Vary names, absent apart from empty", () => {
    const { cache, put } = setup();
    put("/p", PAGE, { ...REQ, rsc: "1" }, Buffer.from("rsc"));
    put("/p", PAGE, REQ, Buffer.from("html"));
    expect(cache.lookup("GET", "/p", REQ)!.body!.toString()).toBe("html");
    expect(cache.lookup("GET", "/p", { ...REQ, rsc: "1" })!.body!.toString()).toBe("rsc");
    expect(cache.lookup("GET", "/p", { ...REQ, RSC: "1", rsc: "" })).toBeUndefined();
    expect(cache.lookup("GET", "/p", { ...REQ, "accept-encoding": "br" })).toBeUndefined();
    expect(cache.lookup("GET", "/p", { host: REQ.host })).toBeUndefined();
    expect(cache.lookup("GET", "/p", { ...REQ, "next-router-prefetch": "1" })).toBeUndefined();
    // Headers the response does not vary on change nothing.
    expect(cache.lookup("GET", "/p", { ...REQ, "user-agent": "x", accept: "*/*" })!.body!.toString()).toBe("html");
  });

  it("drops a URL's variants when its Vary changes", () => {
    const { cache, put } = setup();
    put("/v", PAGE, { ...REQ, rsc: "1" });
    put(
      "/v",
      [
        ["Cache-Control", "max-age=60"],
        ["Vary", "Accept"],
      ],
      { ...REQ, accept: "a" },
    );
    expect(cache.lookup("GET", "/v", { ...REQ, rsc: "1" })).toBeUndefined();
    expect(cache.lookup("GET", "/v", { ...REQ, rsc: "1", accept: "a" })).toBeDefined();
    expect(cache.entries.size).toBe(1);
  });

  it("keys on the Host and the forwarded proto and host as sent, which Next and the proxy read", () => {
    const { cache, put } = setup();
    put("/");
    expect(cache.lookup("GET", "/", { ...REQ, host: "other.example" })).toBeUndefined();
    expect(cache.lookup("GET", "/", { ...REQ, "x-forwarded-proto": "https" })).toBeUndefined();
    expect(cache.lookup("GET", "/", { ...REQ, "x-forwarded-host": "a.example" })).toBeUndefined();
    put("/", PAGE, { ...REQ, "x-forwarded-proto": "https" });
    expect(cache.lookup("GET", "/", { ...REQ, "x-forwarded-proto": "https" })).toBeDefined();
    expect(cache.lookup("GET", "/", { ...REQ, "x-forwarded-proto": "HTTPS" })).toBeUndefined();
    expect(cache.lookup("GET", "/", { ...REQ, "x-forwarded-proto": "http, https" })).toBeUndefined();
    expect(cache.lookup("GET", "/", REQ)).toBeDefined();
  });

  it("answers a matching If-None-Match with a 304 without the body's headers, as Next does", () => {
    const { cache, put } = setup();
    put("/");
    for (const inm of ['"abc"', 'W/"abc"', '"x", "abc"', "*"]) {
      const r = cache.lookup("GET", "/", { ...REQ, "if-none-match": inm })!;
      expect(r.status, inm).toBe(304);
      expect(r.body).toBeNull();
      expect(header(r.headers, "etag")).toBe('"abc"');
      expect(header(r.headers, "cache-control")).toBe("s-maxage=31536000");
      expect(header(r.headers, "content-length")).toBeUndefined();
      expect(header(r.headers, "content-type")).toBeUndefined();
    }
    expect(cache.lookup("GET", "/", { ...REQ, "if-none-match": '"other"' })!.status).toBe(200);
    expect(cache.lookup("HEAD", "/", { ...REQ, "if-none-match": '"abc"' })!.status).toBe(304);
    expect(noneMatch('"abc"', undefined)).toBe(false);
    expect(noneMatch(undefined, '"abc"')).toBe(false);
  });

  it("evicts the least recently used beyond its byte budget, and stores no body over its cap", () => {
    const { cache, put } = setup({ budget: 3000, maxBody: 1000 });
    const body = Buffer.alloc(600);
    put("/a", PAGE, REQ, body);
    put("/b", PAGE, REQ, body);
    expect(cache.lookup("GET", "/a", REQ)).toBeDefined();
    put("/c", PAGE, REQ, body);
    expect(cache.bytes).toBeLessThanOrEqual(3000);
    expect(cache.lookup("GET", "/b", REQ)).toBeUndefined();
    expect(cache.lookup("GET", "/a", REQ)).toBeDefined();
    expect(cache.lookup("GET", "/c", REQ)).toBeDefined();
    expect(put("/big", PAGE, REQ, Buffer.alloc(1001))).toBe(false);
    expect(cache.lookup("GET", "/big", REQ)).toBeUndefined();
    // Storing the same key again replaces it without counting it twice.
    const before = cache.bytes;
    put("/c", PAGE, REQ, body);
    expect(cache.bytes).toBe(before);
  });

  it("does not store what isStorable refuses", () => {
    const { cache, put } = setup();
    expect(put("/404", PAGE, REQ, BODY, 404)).toBe(false);
    expect(put("/ns", [["Cache-Control", "no-store"]])).toBe(false);
    expect(cache.entries.size).toBe(0);
  });

  it("leaves to Next what a cache may not answer", () => {
    const plain = { host: "h" };
    expect(bypasses("GET", plain, MARKERS)).toBe(false);
    expect(bypasses("HEAD", plain, MARKERS)).toBe(false);
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) expect(bypasses(method, plain, MARKERS)).toBe(true);
    for (const headers of [
      { authorization: "Bearer x" },
      { "cache-control": "no-cache" },
      { "cache-control": "max-age=0, no-store" },
      { pragma: "no-cache" },
      { range: "bytes=0-1" },
      { "if-modified-since": "Wed, 02 Dec 2026 16:41:14 GMT" },
      { "if-match": '"a"' },
      { [FRONT_DOOR_HEADERS.answer]: "redirect" },
      { [FRONT_DOOR_HEADERS.method]: "TRACE" },
    ]) {
      expect(bypasses("GET", { ...plain, ...headers }, MARKERS), JSON.stringify(headers)).toBe(true);
    }
    expect(bypasses("GET", { ...plain, "cache-control": "max-age=0" }, MARKERS)).toBe(false);
    expect(bypasses("GET", { ...plain, "if-none-match": '"a"' }, MARKERS)).toBe(false);
  });

  it("is on by default with 64 MB, sized or turned off by the environment", () => {
    expect(cacheOptions({})).toEqual({ budget: 64 * 1024 * 1024, maxBody: 8 * 1024 * 1024 });
    expect(cacheOptions({ ERRATA_RESPONSE_CACHE_MB: "8" })).toEqual({ budget: 8 * 1024 * 1024, maxBody: 1024 * 1024 });
    for (const off of ["0", "off", "false", "NO"]) expect(cacheOptions({ ERRATA_RESPONSE_CACHE: off })).toBeNull();
    expect(cacheOptions({ ERRATA_RESPONSE_CACHE_MB: "0" })).toBeNull();
    expect(() => cacheOptions({ ERRATA_RESPONSE_CACHE_MB: "lots" })).toThrow(/ERRATA_RESPONSE_CACHE_MB/);
  });
});
