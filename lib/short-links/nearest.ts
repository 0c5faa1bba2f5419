import { editDistance } from "../edit-distance";

/**
 * Keys within typo distance of `key` (a third of its length, at least 2), nearest first, then alphabetical; then keys
 * that contain it (3 characters or more), shortest first: "1002" suggests AUT-1002 and IDE-1002.
 */
export function nearestKeys(key: string, keys: readonly string[], limit = 5): string[] {
  if (!key) return [];
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: { key: string; d: number }[] = [];
  for (const k of keys) {
    const d = editDistance(key, k, max);
    if (d <= max) scored.push({ key: k, d });
    else if (key.length >= 3 && k.includes(key)) scored.push({ key: k, d: max + k.length - key.length });
  }
  scored.sort((a, b) => a.d - b.d || a.key.localeCompare(b.key));
  return scored.slice(0, limit).map((s) => s.key);
}
