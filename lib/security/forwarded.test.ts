import { describe, expect, it } from "vitest";
import { canonicalPath, isHttpsRequest } from "./forwarded";
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
