import { execFileSync } from "node:child_process";
import type { FileVersion } from "./diff";

export interface History {
  versions: FileVersion[];
  /** Why the history may be incomplete (no git, shallow clone, file not committed). */
  note?: string;
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/** Whether git works here, and whether the clone is shallow (its history then starts at the graft). */
export function repositoryState(cwd: string): { ok: boolean; shallow: boolean } {
  try {
    return { ok: true, shallow: git(["rev-parse", "--is-shallow-repository"], cwd).trim() === "true" };
  } catch {
    return { ok: false, shallow: false };
  }
}

/**
 * Every committed version of a file, oldest first, following renames (`git log --follow -p`): the patch is only used
 * to learn the file's path in each commit; the text comes from `git show commit:path`.
 */
export function fileHistory(file: string, cwd: string): History {
  const state = repositoryState(cwd);
  if (!state.ok) return { versions: [], note: "No git repository: the changelog is empty." };
  let log: string;
  try {
    log = git(["log", "--follow", "--format=%x00%H%x09%cI", "--name-only", "--", file], cwd);
  } catch {
    return { versions: [], note: "git log failed: the changelog is empty." };
  }
  const versions: FileVersion[] = [];
  for (const record of log.split("\0").filter((r) => r.trim())) {
    const [head = "", ...rest] = record.split("\n");
    const [commit = "", date = ""] = head.split("\t");
    const path = rest.find((l) => l.trim());
    if (!commit || !path) continue;
    try {
      versions.push({ commit, date, text: git(["show", `${commit}:${path}`], cwd) });
    } catch {
      // Deleted in this commit: no text to read.
    }
  }
  versions.reverse();
  const note = state.shallow
    ? "Shallow clone: the history starts at the oldest fetched commit, so earlier changes are missing."
    : versions.length === 0
      ? "This catalog is not committed yet."
      : undefined;
  return note ? { versions, note } : { versions };
}
