import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendNew, listedPaths } from "./published-urls";
import { getAllEntries } from "./catalog/repository";
import { shortPath } from "./links";
import { sitePaths } from "./site-urls";

describe("appendNew", () => {
  it("appends only new paths and keeps every existing line, comments included", () => {
    const before = "# header\n/a\n/gone\n";
    const { text, added, gone } = appendNew(before, ["/a", "/b", "/b"]);
    expect(text).toBe("# header\n/a\n/gone\n/b\n");
    expect(added).toEqual(["/b"]);
    expect(gone).toEqual(["/gone"]);
  });

  it("leaves the text byte-identical when nothing is new", () => {
    expect(appendNew("/a", ["/a"]).text).toBe("/a");
  });
});

describe("content/published-urls.txt", () => {
  const listed = listedPaths(readFileSync(path.join(process.cwd(), "content", "published-urls.txt"), "utf8"));
  it("lists every current page and short link (run npm run urls:update)", () => {
    const missing = [...sitePaths(), ...getAllEntries().map((e) => shortPath(e.code))].filter((p) => !listed.includes(p));
    expect(missing).toEqual([]);
  });
  it("has no duplicates", () => {
    expect(listed.length).toBe(new Set(listed).size);
  });
});
