/** The append-only list of published URLs: one path a line; # comments and blank lines are kept as they are. */

export function listedPaths(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** Appends every current path not yet listed; never removes or reorders a line. */
export function appendNew(text: string, current: readonly string[]): { text: string; added: string[]; gone: string[] } {
  const listed = listedPaths(text);
  const have = new Set(listed);
  const added = [...new Set(current)].filter((p) => !have.has(p));
  const now = new Set(current);
  const gone = listed.filter((p) => !now.has(p));
  const base = text === "" || text.endsWith("\n") ? text : `${text}\n`;
  return { text: added.length ? base + added.map((p) => `${p}\n`).join("") : text, added, gone };
}
