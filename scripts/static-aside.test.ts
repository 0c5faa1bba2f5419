import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASIDE, moveAside, withPathsAside } from "./static-aside";

function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), "errata-aside-"));
  mkdirSync(path.join(root, "app/api/mock"), { recursive: true });
  writeFileSync(path.join(root, "app/api/mock/route.ts"), "mock");
  writeFileSync(path.join(root, "proxy.ts"), "proxy");
  return root;
}

describe("withPathsAside", () => {
  const list = ["app/api/mock", "app/api/search", "proxy.ts"];

  it("hides existing server-only paths during the build and restores them", () => {
    const root = project();
    const seen = withPathsAside(root, list, (moved) => {
      expect(existsSync(path.join(root, "app/api/mock"))).toBe(false);
      expect(existsSync(path.join(root, "proxy.ts"))).toBe(false);
      return moved;
    });
    expect(seen).toEqual(["app/api/mock", "proxy.ts"]);
    expect(readFileSync(path.join(root, "app/api/mock/route.ts"), "utf8")).toBe("mock");
    expect(readFileSync(path.join(root, "proxy.ts"), "utf8")).toBe("proxy");
    expect(existsSync(path.join(root, ASIDE))).toBe(false);
  });

  it("restores when the build throws", () => {
    const root = project();
    expect(() =>
      withPathsAside(root, list, () => {
        throw new Error("build failed");
      }),
    ).toThrow("build failed");
    expect(existsSync(path.join(root, "app/api/mock/route.ts"))).toBe(true);
    expect(existsSync(path.join(root, "proxy.ts"))).toBe(true);
  });

  it("first puts back what an interrupted run left aside", () => {
    const root = project();
    moveAside(root, list); // a run killed before its finally
    expect(existsSync(path.join(root, "proxy.ts"))).toBe(false);
    withPathsAside(root, list, (moved) => expect(moved).toEqual(["app/api/mock", "proxy.ts"]));
    expect(existsSync(path.join(root, "proxy.ts"))).toBe(true);
  });

  it("refuses to overwrite when a path exists both in place and aside", () => {
    const root = project();
    moveAside(root, list);
    writeFileSync(path.join(root, "proxy.ts"), "new");
    expect(() => withPathsAside(root, list, () => 0)).toThrow(/both proxy\.ts and/);
  });
});
