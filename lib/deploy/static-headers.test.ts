import { describe, expect, it } from "vitest";
import { contentTypeFor, headersFor, nginxSnippet } from "./static-headers";
import { shortLinkPages } from "./short-link-pages";

describe("headersFor", () => {
  it("caches hashed assets for a year and revalidates pages", () => {
    expect(headersFor("/_next/static/chunks/a1b2.js", "out/_next/static/chunks/a1b2.js")["Cache-Control"]).toContain("immutable");
    const page = headersFor("/catalogs/x", "out/catalogs/x.html");
    expect(page["Cache-Control"]).toContain("max-age=0");
    expect(page["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(page["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("serves the extensionless API export as JSON", () => {
    expect(contentTypeFor("out/api/errors")).toBe("application/octet-stream");
    expect(contentTypeFor("out/downloads/authos.ts")).toBe("text/typescript; charset=utf-8");
    expect(contentTypeFor("out/downloads/authos.schema.json")).toBe("application/schema+json; charset=utf-8");
    expect(contentTypeFor("out/downloads/authos.json")).toBe("application/json; charset=utf-8");
    expect(headersFor("/api/errors", "out/api/errors")["Content-Type"]).toMatch(/^application\/json/);
  });

  it("prints the same rules for nginx", () => {
    const conf = nginxSnippet("/srv/out");
    expect(conf).toContain("root /srv/out;");
    expect(conf).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(conf).toContain("try_files $uri $uri.html $uri/index.html =404;");
    expect(conf).toContain("default_type application/json;");
    expect(conf).not.toContain("add_header Content-Type");
    expect(conf).not.toMatch(/\n\s*\n/);
  });
});

describe("shortLinkPages", () => {
  const entry = (catalog: string, code: string) => ({
    catalog,
    code,
    slug: code.toLowerCase(),
    url: `/catalogs/${catalog}/${code.toLowerCase()}`,
  });

  it("writes a meta refresh to the code page, escaped", () => {
    const [file] = shortLinkPages([entry("accounts", "user:not_found")] as never);
    expect(file!.path).toBe("e/user:not_found.html");
    expect(file!.content).toContain('<meta http-equiv="refresh" content="0; url=/catalogs/accounts/user:not_found">');
  });

  it("lists every catalog when a code is ambiguous, and skips dot-only codes", () => {
    const files = shortLinkPages([entry("a", "E1"), entry("b", "E1"), entry("c", "..")] as never);
    expect(files).toHaveLength(1);
    expect(files[0]!.content).not.toContain("http-equiv");
    expect(files[0]!.content).toContain("E1 in a");
    expect(files[0]!.content).toContain("E1 in b");
  });
});
