import type { ErrorEntry } from "./schema";

/**
 * The text an entry is found by besides its code, title, message, route, domain and status: its meaning, action and
 * notes, its vars (as "name: value"), its placeholders, and, where asked, its Markdown docs. One list for site search
 * (lib/search/records.ts, with docs) and the table filter (lib/table/rows.ts, without: every row ships to the browser).
 */
export function secondaryText(entry: ErrorEntry, { docs = false }: { docs?: boolean } = {}): string[] {
  return [
    entry.meaning,
    entry.action,
    entry.notes,
    ...Object.entries(entry.vars ?? {}).map(([name, value]) => `${name}: ${value}`),
    ...(entry.placeholders ?? []).flatMap((p) => [p.name, p.example, p.description]),
    ...(docs ? [entry.docs] : []),
  ].filter((text): text is string => Boolean(text));
}
