import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codesOf, diffVersions } from "./diff";
import { fileHistory } from "./git";

const yaml = (errors: string) => `slug: x\nerrors:\n${errors}`;
const v = (commit: string, text: string) => ({ commit, date: `2025-01-0${commit}T00:00:00Z`, text });

describe("changelog diff", () => {
  it("lists added, removed and changed codes per version, newest first", () => {
    const entries = diffVersions([
      v("1", yaml("  - {code: A_1, status: 400, message: Bad}\n  - {code: A_2, status: 404, message: Gone}\n")),
      v("2", yaml("  - {code: A_1, status: 422, message: Bad input}\n  - {code: A_3, status: 500, message: Boom}\n")),
      v("3", yaml("  - {code: A_1, status: 422, message: Bad input}\n  - {code: A_3, status: 500, message: Boom}\n  # a comment only\n")),
    ]);
    expect(entries.map((e) => e.commit)).toEqual(["2", "1"]);
    expect(entries[0]).toEqual({
      commit: "2",
      date: "2025-01-02T00:00:00Z",
      added: [{ code: "A_3", status: 500, message: "Boom" }],
      removed: [{ code: "A_2", status: 404, message: "Gone" }],
      changed: [
        { code: "A_1", field: "status", from: 400, to: 422 },
        { code: "A_1", field: "message", from: "Bad", to: "Bad input" },
      ],
    });
    expect(entries[1]?.added.map((c) => c.code)).toEqual(["A_1", "A_2"]);
  });

  it("tolerates versions that no longer parse or validate", () => {
    expect(codesOf("errors: [unclosed")).toBeUndefined();
    expect(codesOf("errors:\n  - {code: A, status: no}\n  - 7\n")?.get("A")).toEqual({ code: "A", status: "no", message: "" });
    const entries = diffVersions([
      v("1", yaml("  - {code: A, status: 400, message: m}\n")),
      v("2", ":::bad"),
      v("3", yaml("  - {code: A, status: 401, message: m}\n")),
    ]);
    expect(entries[0]?.changed).toEqual([{ code: "A", field: "status", from: 400, to: 401 }]);
  });
});

describe("changelog git history", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "errata-changelog-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      stdio: "pipe",
      env: { ...process.env, GIT_AUTHOR_DATE: "2025-03-01T12:00:00Z", GIT_COMMITTER_DATE: "2025-03-01T12:00:00Z" },
    });

  it("follows a file through commits and renames", () => {
    git("init", "-q");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "T");
    writeFileSync(path.join(dir, "old.yaml"), yaml("  - {code: A, status: 400, message: m}\n"));
    git("add", ".");
    git("commit", "-qm", "one");
    renameSync(path.join(dir, "old.yaml"), path.join(dir, "new.yaml"));
    writeFileSync(path.join(dir, "new.yaml"), yaml("  - {code: A, status: 400, message: m}\n  - {code: B, status: 500, message: n}\n"));
    git("add", "-A");
    git("commit", "-qm", "two");
    const history = fileHistory("new.yaml", dir);
    expect(history.note).toBeUndefined();
    expect(history.versions).toHaveLength(2);
    expect(history.versions[0]?.date).toBe("2025-03-01T12:00:00+00:00");
    expect(diffVersions(history.versions).map((e) => e.added.map((c) => c.code))).toEqual([["B"], ["A"]]);
  });

  it("returns an empty history with a note outside a repository", () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), "errata-nogit-"));
    try {
      const history = fileHistory("x.yaml", bare);
      expect(history.versions).toEqual([]);
      expect(history.note).toMatch(/No git repository|not committed/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
