import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChangelogEntry } from "./diff";

export interface CatalogChangelog {
  entries: ChangelogEntry[];
  note?: string;
}

export interface ChangelogFile {
  catalogs: Record<string, CatalogChangelog>;
}

export const CHANGELOG_PATH = path.join("content", "generated", "changelog.json");

/** The changelog written by `npm run changelog`; without it (not generated yet) every catalog has an empty history. */
export function readChangelog(cwd = process.cwd()): ChangelogFile {
  try {
    return JSON.parse(readFileSync(path.join(cwd, CHANGELOG_PATH), "utf8")) as ChangelogFile;
  } catch {
    return { catalogs: {} };
  }
}
