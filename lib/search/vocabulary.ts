import { editDistance } from "./text";

/**
 * Words of the text fields, for what strict tokenization cannot do itself: finish a word being typed ("passw")
 * and forgive typos ("pasword", "credentails").
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private sorted: string[] | undefined;
  private byLength: string[][] | undefined;

  add(word: string) {
    if (/^\d+$/.test(word) || this.words.has(word)) return;
    this.words.add(word);
    this.sorted = undefined;
    this.byLength = undefined;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  /** Indexed words starting with `prefix` (at most `max`, shortest first). */
  completions(prefix: string, max = 8): string[] {
    const sorted = (this.sorted ??= [...this.words].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
    return found.sort((a, b) => a.length - b.length).slice(0, max);
  }

  /** Indexed words within one edit (two for words of seven letters or more); none for words under four letters. */
  corrections(word: string, max = 5): string[] {
    if (word.length < 4) return [];
    const limit = word.length >= 7 ? 2 : 1;
    if (!this.byLength) {
      this.byLength = [];
      for (const w of this.words) (this.byLength[w.length] ??= []).push(w);
    }
    const found: [string, number][] = [];
    for (let len = word.length - limit; len <= word.length + limit; len++) {
      for (const w of this.byLength[len] ?? []) {
        const d = editDistance(word, w, limit);
        if (d <= limit) found.push([w, d]);
      }
    }
    return found
      .sort((a, b) => a[1] - b[1])
      .slice(0, max)
      .map(([w]) => w);
  }
}
