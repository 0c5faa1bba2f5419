import { describe, expect, it } from "vitest";
import { canonicalPath, isHttpsRequest, requestOrigin } from "./forwarded";
import { checkRequest } from "./request-guard";

describe("X-Forwarded-Proto (issue 18, row 7)", () => {
  it("is ignored unless a proxy is trusted, and then only its last hop counts", () => {
    expect(isHttpsRequest("https", "http:", false)).toBe(false);
    expect(isHttpsRequest("https", "http:", true)).toBe(true);
    // The client wrote "http", our proxy appended "https": the connection to our proxy was TLS.
    expect(isHttpsRequest("http, https", "http:", true)).toBe(true);
    // The client wrote "https", our proxy appended "http": it was not.
    expect(isHttpsRequest("https, http", "http:", true)).toBe(false);
    expect(isHttpsRequest(null, "https:", false)).toBe(true);
  });
});

describe("canonical paths (issue 18, rows 1 and 5)", () => {
  it("decodes escapes of unreserved characters and keeps every other escape", () => {
    expect(canonicalPath("/catalogs/%61ll")).toBe("/catalogs/all");
    expect(canonicalPath("/catalogs/al%6c")).toBe("/catalogs/all");
    expect(canonicalPath("/catalogs/%61%6C%6c")).toBe("/catalogs/all");
    expect(canonicalPath("/catalogs/identity-platform/aut%2D0010")).toBe("/catalogs/identity-platform/aut-0010");
    expect(canonicalPath("/e/AUTH%5F001")).toBe("/e/AUTH_001");
    for (const kept of ["/e/user%3Anot_found", "/search%2Fx", "/a%20b", "/catalogs/all", "/"]) expect(canonicalPath(kept)).toBe(kept);
    // Repeated and trailing slashes (issue 18, row 10: the proxy answers them, with its headers).
    expect(canonicalPath("/catalogs/all/")).toBe("/catalogs/all");
    expect(canonicalPath("/catalogs//all")).toBe("/catalogs/all");
    expect(canonicalPath("//x")).toBe("/x");
  });
});

describe("Next's internal pages (issue 18, row 8)", () => {
  it("are not pages of the site: a 404, which the proxy sends with no-store", () => {
    for (const path of ["/_global-error", "/_not-found", "/_error", "/_global-error/"])
      expect(checkRequest("GET", path)?.status, path).toBe(404);
    expect(checkRequest("GET", "/catalogs/all")).toBeUndefined();
  });
});

describe("requestOrigin", () => {
  const url = new URL("http://localhost:3100/api/mock/a/b");
  const h = (init: Record<string, string>) => new Headers(init);
  it("names the host the client asked for, not the one the server was started with", () => {
    expect(requestOrigin(h({ host: "127.0.0.1:3100" }), url, false)).toBe("http://127.0.0.1:3100");
    expect(requestOrigin(h({ host: "[::1]:3100" }), url, false)).toBe("http://[::1]:3100");
    expect(requestOrigin(h({}), url, false)).toBe("http://localhost:3100");
  });
  it("takes a forwarded host and scheme only from a proxy it trusts, and never a host that is not one", () => {
    const proxied = h({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example, Errors.Example.com", "x-forwarded-proto": "https" });
    expect(requestOrigin(proxied, url, true)).toBe("https://errors.example.com");
    expect(requestOrigin(proxied, url, false)).toBe("http://10.0.0.5:3000");
    expect(requestOrigin(h({ host: 'x"/><script>' }), url, false)).toBe("http://localhost:3100");
    expect(requestOrigin(h({ host: "a.example/path" }), url, false)).toBe("http://localhost:3100");
  });
});
