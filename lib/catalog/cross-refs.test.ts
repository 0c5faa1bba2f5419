import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listCatalogFiles, loadCatalogFiles } from "./load";
import { formatIssue } from "./issues";

const FIXTURES = path.join(process.cwd(), "e2e-fixtures", "catalogs");

/** Copies the fixture catalogs with one file's text replaced, and returns the formatted issues. */
function issuesWith(file: string, edit: (text: string) => string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "errata-refs-"));
  for (const f of listCatalogFiles(FIXTURES)) {
    const text = readFileSync(f, "utf8");
    writeFileSync(path.join(dir, path.basename(f)), path.basename(f) === file ? edit(text) : text);
  }
  return loadCatalogFiles(listCatalogFiles(dir)).issues.map((i) => formatIssue({ ...i, file: path.basename(i.file) }));
}

describe("history and related refs", () => {
  it("accepts the fixtures", () => {
    expect(loadCatalogFiles(listCatalogFiles(FIXTURES)).issues).toEqual([]);
  });

  it("names file, line and field of an unknown related ref", () => {
    expect(issuesWith("alpha.yaml", (t) => t.replace("add: [beta/BETA_LIMIT]", "add: [beta/NOPE]"))).toEqual([
      'alpha.yaml:27: errors[2].related.add[0]: unknown code "NOPE" in catalog "beta"',
    ]);
    expect(issuesWith("alpha.yaml", (t) => t.replace("add: [beta/BETA_LIMIT]", "add: [gamma/X]"))).toEqual([
      'alpha.yaml:27: errors[2].related.add[0]: unknown catalog "gamma" in "gamma/X"',
    ]);
    expect(issuesWith("alpha.yaml", (t) => t.replace("add: [beta/BETA_LIMIT]", "add: [BETA_LIMIT]"))).toEqual([
      'alpha.yaml:27: errors[2].related.add[0]: "BETA_LIMIT" must be "catalog/CODE", e.g. "auth-service/AUTH_002"',
    ]);
  });

  it("refuses a removed code's see that names nothing", () => {
    expect(issuesWith("alpha.yaml", (t) => t.replace("see: ALPHA_001", "see: ALPHA_404"))).toEqual([
      'alpha.yaml:32: removed[0].see: unknown code "ALPHA_404" in catalog "alpha"',
    ]);
  });

  it("refuses a see path that leaves the site (issue 18, row 9)", () => {
    expect(issuesWith("alpha.yaml", (t) => t.replace("see: ALPHA_001", 'see: "//evil.example"'))).toEqual([
      'alpha.yaml:32: removed[0].see: "//evil.example" must be a path on this site: one leading "/", e.g. /catalogs/alpha',
    ]);
    expect(issuesWith("alpha.yaml", (t) => t.replace("see: ALPHA_001", "see: /catalogs/beta"))).toEqual([]);
  });

  it("refuses a renamed or removed code that is still live", () => {
    expect(issuesWith("alpha.yaml", (t) => t.replace("renamed_from: [ALPHA_OLD_001, alpha.legacy]", "renamed_from: [alpha-002]"))).toEqual([
      'alpha.yaml:17: errors[0].renamed_from[0]: renamed_from code "alpha-002" is still a code in this catalog (errors[2] "ALPHA_002")',
    ]);
    expect(issuesWith("alpha.yaml", (t) => t.replace("code: ALPHA_009", "code: alpha_old_001"))).toEqual([
      'alpha.yaml:29: removed[0].code: removed code "alpha_old_001" is already listed (renamed_from code)',
    ]);
  });
});
