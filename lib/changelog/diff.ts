import { parse } from "yaml";

/** One version of a catalog file from its history. */
export interface FileVersion {
  commit: string;
  /** ISO 8601 commit date. */
  date: string;
  text: string;
}

export interface CodeFacts {
  code: string;
  /** Undefined for a code without an HTTP status. */
  status: number | string | undefined;
  message: string;
}

export interface CodeChange {
  code: string;
  field: "status" | "message";
  /** null: the code had, or has, no HTTP status. */
  from: string | number | null;
  to: string | number | null;
}

/** What one commit did to a catalog's codes. */
export interface ChangelogEntry {
  commit: string;
  date: string;
  added: CodeFacts[];
  removed: CodeFacts[];
  changed: CodeChange[];
}

/** Codes of a historical version, read leniently: old versions may not pass today's schema. Undefined if unreadable. */
export function codesOf(text: string): Map<string, CodeFacts> | undefined {
  let data: unknown;
  try {
    data = parse(text, { version: "1.2", schema: "core", uniqueKeys: false, maxAliasCount: 50 });
  } catch {
    return undefined;
  }
  const errors = typeof data === "object" && data !== null ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return undefined;
  const codes = new Map<string, CodeFacts>();
  for (const e of errors) {
    if (typeof e !== "object" || e === null) continue;
    const { code: raw, status, message } = e as Record<string, unknown>;
    // An unquoted numeric code is a number to YAML; the catalog parser keeps it as text, so do the same here.
    const code = typeof raw === "number" ? String(raw) : raw;
    if (typeof code !== "string") continue;
    codes.set(code, {
      code,
      status: typeof status === "number" || typeof status === "string" ? status : undefined,
      message: typeof message === "string" ? message : "",
    });
  }
  return codes;
}

/** Code-level changes between consecutive readable versions (oldest first in, newest first out); commits that change no code are left out. */
export function diffVersions(versions: readonly FileVersion[]): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let previous = new Map<string, CodeFacts>();
  for (const version of versions) {
    const current = codesOf(version.text);
    if (!current) continue;
    const entry: ChangelogEntry = { commit: version.commit, date: version.date, added: [], removed: [], changed: [] };
    for (const [code, facts] of current) {
      const before = previous.get(code);
      if (!before) entry.added.push(facts);
      else {
        if (before.status !== facts.status)
          entry.changed.push({ code, field: "status", from: before.status ?? null, to: facts.status ?? null });
        if (before.message !== facts.message) entry.changed.push({ code, field: "message", from: before.message, to: facts.message });
      }
    }
    for (const [code, facts] of previous) if (!current.has(code)) entry.removed.push(facts);
    if (entry.added.length || entry.removed.length || entry.changed.length) entries.push(entry);
    previous = current;
  }
  return entries.reverse();
}
