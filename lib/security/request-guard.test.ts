import { describe, expect, it } from "vitest";
import { MAX_QUERY_BYTES } from "../search/params";
import { checkRequest, MAX_URL_LENGTH, refusalBody } from "./request-guard";

describe("checkRequest", () => {
  it("passes ordinary requests", () => {
    expect(checkRequest("GET", "/catalogs/auth-service")).toBeUndefined();
    expect(checkRequest("GET", "/api/search?q=token%20expired&limit=5")).toBeUndefined();
    expect(checkRequest("OPTIONS", "/api/mock/auth-service/AUTH_001")).toBeUndefined();
    expect(checkRequest("HEAD", "/catalogs/auth-service")).toBeUndefined();
    expect(checkRequest("OPTIONS", "/catalogs/auth-service")).toBeUndefined();
  });

  it("answers any other method on a page or file with 405 and Allow (issue 18, row 4)", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE"]) {
      expect(checkRequest(method, "/catalogs/auth-service")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
      expect(checkRequest(method, "/downloads/accounts.json")?.status).toBe(405);
    }
  });

  it("refuses malformed percent-encoding in the path with 400", () => {
    expect(checkRequest("GET", "/e/%E0%A4%A")).toEqual({
      status: 400,
      error: "malformed percent-encoding in the URL path",
      parameter: "path",
    });
    expect(checkRequest("GET", "/catalogs/%")?.status).toBe(400);
  });

  it("answers 405 with Allow for methods an API route does not take", () => {
    expect(checkRequest("POST", "/api/errors")).toMatchObject({ status: 405, allow: "GET, HEAD" });
    expect(checkRequest("DELETE", "/api/mock/a/b")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
    expect(checkRequest("PUT", "/api/search?q=x")).toMatchObject({ status: 405, allow: "GET, HEAD" });
  });

  it("answers a JSON 404 naming the routes for paths under /api that no route answers", () => {
    expect(checkRequest("GET", "/api/mock/auth-service")).toEqual({
      status: 404,
      error: "no API at /api/mock/auth-service; use /api/mock/{catalog}/{code}",
      parameter: "path",
    });
    expect(checkRequest("GET", "/api/mock/auth-service/APP_002/extra")?.status).toBe(404);
    expect(checkRequest("GET", "/api/errors/accounts")?.status).toBe(404);
    expect(checkRequest("POST", "/api/errorsx")).toMatchObject({
      status: 404,
      error: expect.stringContaining("/api/errors, /api/search?q=…, /api/mock/{catalog}/{code}"),
    });
    expect(checkRequest("GET", "/api")?.status).toBe(404);
    expect(checkRequest("GET", "/api/mock/auth-service/APP_002/")).toBeUndefined();
    expect(checkRequest("GET", "/apiary")).toBeUndefined();
    expect(refusalBody({ status: 404, error: "no API at /api" }, "/api", "text/html").type).toBe("application/json");
  });

  it("answers 414 for URLs over the limit", () => {
    expect(checkRequest("GET", `/api/search?q=${"a".repeat(MAX_URL_LENGTH)}`)?.status).toBe(414);
    expect(checkRequest("GET", `/api/search?q=${"a".repeat(MAX_URL_LENGTH - 20)}`)).toBeUndefined();
  });

  it("lets through a search query at its byte limit however it is encoded, for the route to judge", () => {
    // 682 three-byte characters is 2,046 bytes: under MAX_QUERY_BYTES, and 6,138 characters percent-encoded.
    const q = encodeURIComponent("ユ".repeat(682));
    expect(new TextEncoder().encode("ユ".repeat(682)).length).toBeLessThanOrEqual(MAX_QUERY_BYTES);
    expect(checkRequest("GET", `/search?q=${q}`)).toBeUndefined();
    expect(checkRequest("GET", `/api/search?q=${encodeURIComponent('"'.repeat(MAX_QUERY_BYTES))}&limit=5`)).toBeUndefined();
  });

  it("names the parameter that makes a URL too long", () => {
    const refusal = checkRequest("GET", `/api/search?limit=5&q=${"%22".repeat(3000)}`);
    expect(refusal).toMatchObject({ status: 414, parameter: "q" });
    expect(refusal?.error).toMatch(/9002 of them in "q"/);
    expect(checkRequest("GET", `/catalogs/${"a".repeat(MAX_URL_LENGTH)}`)).toEqual({
      status: 414,
      error: expect.stringMatching(/^URL is \d+ characters long/),
    });
  });
});

describe("refusalBody", () => {
  it("is JSON {status, error, parameter} for APIs", () => {
    const { body, type } = refusalBody({ status: 400, error: "bad", parameter: "q" }, "/api/search", "text/html");
    expect(type).toBe("application/json");
    expect(JSON.parse(body)).toEqual({ status: 400, error: "bad", parameter: "q" });
    expect(JSON.parse(refusalBody({ status: 414, error: "long" }, "/api/mock/a/b", null).body)).toEqual({
      status: 414,
      error: "long",
      parameter: null,
    });
  });

  it("is escaped HTML for browsers", () => {
    const { body, type } = refusalBody({ status: 405, error: "<script>x</script> is not allowed" }, "/e/x", "text/html,*/*");
    expect(type).toMatch(/^text\/html/);
    expect(body).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(body).not.toContain("<script>");
  });
});
