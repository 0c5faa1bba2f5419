/** Keys within typo distance of `key` (a third of its length, at least 2), nearest first, then alphabetical. */
export function nearestKeys(key: string, keys: readonly string[], limit = 5): string[] {
  if (!key) return [];
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: { key: string; d: number }[] = [];
  for (const k of keys) {
    if (Math.abs(k.length - key.length) > max) continue;
    const d = editDistance(key, k, max);
    if (d <= max) scored.push({ key: k, d });
  }
  scored.sort((a, b) => a.d - b.d || a.key.localeCompare(b.key));
  return scored.slice(0, limit).map((s) => s.key);
}

/** Levenshtein distance, giving up (returning max + 1) once every path exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
