import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routes } from "./routes";

/** Files that hold route prefixes as data (which methods a path takes, which headers it gets), not as links. */
const ROUTE_TABLES = new Set([
  "lib/routes.ts",
  "lib/security/request-guard.ts",
  "lib/deploy/static-headers.ts",
  "lib/link-check.ts",
  "app/robots.ts",
]);

/** A string or template literal that starts with one of the site's route paths. */
const INLINE_ROUTE = /["'`]\/(?:catalogs|changelog|guides|e|api|downloads|search|insights)(?=[/"'`?#]|$)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory())
      return name === "node_modules" || name.startsWith(".") || name === "__fixtures__" ? [] : sources(file);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The code of a file without its comments (line comments, and block comments' lines). */
function code(text: string): string[] {
  return text.split("\n").map((line) => (/^\s*(\/\/|\/\*|\*)/.test(line) ? "" : line.replace(/\s\/\/\s.*$/, "")));
}

describe("routes", () => {
  it("are the only place a route path is written", () => {
    const found: string[] = [];
    for (const dir of ["lib", "components", "app", "scripts"]) {
      for (const file of sources(dir)) {
        if (ROUTE_TABLES.has(file.split(path.sep).join("/"))) continue;
        code(readFileSync(file, "utf8")).forEach((line, i) => {
          if (INLINE_ROUTE.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it("build the published shapes", () => {
    expect(routes.code("accounts", "user:not_found")).toBe("/catalogs/accounts/user-not-found");
    expect(routes.shortLink("user:not_found")).toBe("/e/user:not_found");
    expect(routes.domain("payments", "cards")).toBe("/catalogs/payments/domains/cards");
    expect(routes.search("a b&c")).toBe("/search?q=a%20b%26c");
    expect(routes.mock("auth-service", "AUTH_001")).toBe("/api/mock/auth-service/auth-001");
    expect(routes.apiSearch("token", 5)).toBe("/api/search?q=token&limit=5");
  });
});
