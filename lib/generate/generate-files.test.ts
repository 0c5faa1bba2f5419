import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { generateFiles } from "./generate-files";
import { writeAtomic } from "./write-atomic";

const fixtures = path.join(__dirname, "__fixtures__");
const golden = path.join(fixtures, "out");

function readTree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${name.name}` : name.name;
    if (name.isDirectory()) Object.assign(out, readTree(path.join(dir, name.name), rel));
    else out[rel] = readFileSync(path.join(dir, name.name), "utf8");
  }
  return out;
}

describe("generateFiles", () => {
  const files = generateFiles(loadCatalogDir(path.join(fixtures, "catalogs")));

  it("matches the golden output (UPDATE_GOLDEN=1 rewrites it)", () => {
    const actual = Object.fromEntries(files.map((f) => [f.path, f.content]));
    if (process.env.UPDATE_GOLDEN) writeAtomic(golden, files);
    expect(actual).toEqual(readTree(golden));
  });

  it("is deterministic: the same input in any order gives byte-identical output", () => {
    const catalogs = loadCatalogDir(path.join(fixtures, "catalogs"));
    expect(generateFiles([...catalogs].reverse())).toEqual(files);
  });

  it("marks every file as generated", () => {
    for (const file of files) expect(file.content).toContain("Do not edit");
  });

  it("never copies catalog text into page source", () => {
    const all = files.map((f) => f.content).join("\n");
    for (const hostile of ["<script>", "{x}", "import x", "javascript:", "<!--", "Hostile", "```"]) expect(all).not.toContain(hostile);
  });
});

describe("writeAtomic", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("replaces the previous output whole and leaves no staging directory", () => {
    dir = mkdtempSync(path.join(tmpdir(), "errata-gen-"));
    const out = path.join(dir, "generated");
    mkdirSync(out);
    writeFileSync(path.join(out, "stale.mdx"), "old");
    writeAtomic(out, [{ path: "a/b.mdx", content: "new" }]);
    expect(readTree(out)).toEqual({ "a/b.mdx": "new" });
    expect(readdirSync(dir)).toEqual(["generated"]);
  });

  it("leaves the previous output untouched when writing fails", () => {
    dir = mkdtempSync(path.join(tmpdir(), "errata-gen-"));
    const out = path.join(dir, "generated");
    mkdirSync(out);
    writeFileSync(path.join(out, "keep.mdx"), "previous");
    // A file path that is also used as a directory makes the second write fail midway.
    expect(() =>
      writeAtomic(out, [
        { path: "x", content: "1" },
        { path: "x/y", content: "2" },
      ]),
    ).toThrow();
    expect(readTree(out)).toEqual({ "keep.mdx": "previous" });
    expect(readdirSync(dir)).toEqual(["generated"]);
    expect(existsSync(path.join(out, "x"))).toBe(false);
  });
});
