import { describe, expect, it } from "vitest";
// The front door is plain JavaScript (it runs in `npm start` without a TypeScript loader); these tests pin it.
import { FRONT_DOOR_HEADERS as DOOR, frontDoor } from "../../scripts/front-door.mjs";
import { FRONT_DOOR_HEADERS, readFrontDoor } from "./front-door";

type Req = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
const through = (method: string, url: string, headers: Record<string, string> = {}): Req =>
  frontDoor({ method, url, headers: { ...headers } });
const read = (req: Req) => readFrontDoor(new Headers(req.headers as Record<string, string>), req.method ?? "GET");

describe("the front door in `npm start` (issue 18, rows 4 and 10)", () => {
  it("drops a client's X-Forwarded-Proto, -Host and -Port unless a proxy in front is trusted", () => {
    const forwarded = {
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-forwarded-port": "443",
      "x-forwarded-for": "1.2.3.4",
    };
    expect(through("GET", "/", forwarded).headers).toEqual({ "x-forwarded-for": "1.2.3.4" });
    const trusted = frontDoor({ method: "GET", url: "/", headers: { ...forwarded } }, { trustProxy: true });
    expect(trusted.headers).toEqual(forwarded);
  });

  it("uses the same marker headers as the proxy reads", () => {
    expect(DOOR).toEqual(FRONT_DOOR_HEADERS);
  });

  it("hands TRACE and TRACK to the proxy as GET, marked with the method the client sent", () => {
    for (const method of ["TRACE", "TRACK", "trace"]) {
      const req = through(method, "/");
      expect(req.method).toBe("GET");
      expect(read(req)).toEqual({ method: method.toUpperCase(), answer: undefined });
    }
    expect(read(through("GET", "/"))).toEqual({ method: "GET", answer: undefined });
  });

  it("cleans repeated slashes and backslashes as Next would, keeps the query, and marks a redirect", () => {
    const cases: Array<[string, string]> = [
      ["//x", "/x"],
      ["/a//b?q=a//b", "/a/b?q=a//b"],
      ["/a\\b", "/a/b"],
      ["///catalogs///all//", "/catalogs/all/"],
    ];
    for (const [sent, cleaned] of cases) {
      const req = through("GET", sent);
      expect(req.url).toBe(cleaned);
      expect(read(req).answer).toEqual({ kind: "redirect" });
    }
    const plain = through("GET", "/catalogs/all?q=a//b");
    expect(plain.url).toBe("/catalogs/all?q=a//b");
    expect(read(plain).answer).toBeUndefined();
  });

  it("serves an absolute-form target as its path, instead of Next's 308 to itself", () => {
    const req = through("GET", "http://errata.example/catalogs/all?q=x");
    expect(req.url).toBe("/catalogs/all?q=x");
    expect(read(req).answer).toBeUndefined();
  });

  it("answers `OPTIONS *` as the site's OPTIONS, and refuses `*` for any other method", () => {
    const options = through("OPTIONS", "*");
    expect(options.url).toBe("/");
    expect(read(options)).toEqual({ method: "OPTIONS", answer: undefined });
    expect(read(through("GET", "*")).answer).toEqual({ kind: "bad-target" });
    expect(read(through("GET", "http://[bad/x")).answer).toEqual({ kind: "bad-target" });
  });

  it("drops a client's own markers, so a request cannot pose as one the front door rewrote", () => {
    const forged = through("GET", "/catalogs/all", { [DOOR.answer]: "bad-target", [DOOR.method]: "TRACE" });
    expect(read(forged)).toEqual({ method: "GET", answer: undefined });
  });
});
