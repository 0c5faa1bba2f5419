// Moves server-only routes out of the app for a static export and puts them back.
// Reads and writes: the given paths under `root`, and `root`/.static-aside while they are parked.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

export const ASIDE = ".static-aside";

/** Puts back everything parked in .static-aside (also what an interrupted earlier run left there). */
export function restoreAside(root: string, paths: readonly string[]): string[] {
  const aside = path.join(root, ASIDE);
  if (!existsSync(aside)) return [];
  const restored: string[] = [];
  for (const rel of paths) {
    const parked = path.join(aside, rel);
    if (!existsSync(parked)) continue;
    if (existsSync(path.join(root, rel))) throw new Error(`build:static: both ${rel} and ${path.join(ASIDE, rel)} exist; keep one by hand`);
    renameSync(parked, path.join(root, rel));
    restored.push(rel);
  }
  rmSync(aside, { recursive: true, force: true });
  return restored;
}

/** Parks each existing path with a rename (atomic on one file system); returns what was moved. */
export function moveAside(root: string, paths: readonly string[]): string[] {
  const moved: string[] = [];
  for (const rel of paths) {
    const from = path.join(root, rel);
    if (!existsSync(from)) continue;
    const to = path.join(root, ASIDE, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
    moved.push(rel);
  }
  return moved;
}

/** Runs `fn` with the paths parked, restoring them however `fn` ends. */
export function withPathsAside<T>(root: string, paths: readonly string[], fn: (moved: string[]) => T): T {
  restoreAside(root, paths);
  try {
    return fn(moveAside(root, paths));
  } finally {
    restoreAside(root, paths);
  }
}
