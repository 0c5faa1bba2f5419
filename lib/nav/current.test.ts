import { describe, expect, it } from "vitest";
import { navCurrent } from "./current";

const at = (pathname: string, trail: string[] = []) => ({ pathname, trail });

describe("navCurrent", () => {
  it("marks the link to the page being read as the page", () => {
    expect(navCurrent("/catalogs/accounts", at("/catalogs/accounts"))).toBe("page");
    expect(navCurrent("/guides/api", at("/guides/api/"))).toBe("page");
  });

  it("marks the catalog that holds a code or domain page, and no other catalog", () => {
    expect(navCurrent("/catalogs/accounts", at("/catalogs/accounts/user-not-found"))).toBe("true");
    expect(navCurrent("/catalogs/accounts", at("/catalogs/accounts/domains/users"))).toBe("true");
    expect(navCurrent("/catalogs/auth", at("/catalogs/authos"))).toBeUndefined();
    expect(navCurrent("/catalogs/auth", at("/catalogs/authos/x"))).toBeUndefined();
  });

  it("never marks a section link as the page, even on the page that holds the section", () => {
    expect(navCurrent("/catalogs/accounts#domain-users", at("/catalogs/accounts"))).toBeUndefined();
  });

  it("marks a domain on its own page and on a page whose trail passes through it", () => {
    expect(navCurrent("/catalogs/a#domain-users", at("/catalogs/a/domains/users"), "/catalogs/a/domains/users")).toBe("true");
    expect(navCurrent("/catalogs/a/domains/users", at("/catalogs/a/domains/users"), "/catalogs/a/domains/users")).toBe("page");
    expect(navCurrent("/catalogs/a#domain-users", at("/catalogs/a/x", ["/", "/catalogs/a", "/catalogs/a#domain-users"]))).toBe("true");
    expect(navCurrent("/catalogs/a#domain-other", at("/catalogs/a/x", ["/", "/catalogs/a", "/catalogs/a#domain-users"]))).toBeUndefined();
  });

  it("never marks home as holding every page", () => {
    expect(navCurrent("/", at("/catalogs/a"))).toBeUndefined();
    expect(navCurrent("/", at("/"))).toBe("page");
  });
});
