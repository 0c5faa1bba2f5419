// Reads: a running Errata site (baseURL) and the path of a catalog page on it.
// Writes: nothing; returns (and, run as a script, prints) filter keystroke → paint latencies in Chromium.
import { chromium } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "./chromium";

export interface FilterToPaintOptions {
  baseURL: string;
  catalogPath: string;
  /** How many keystrokes to measure (default 60). */
  runs?: number;
}

export interface FilterToPaintResult {
  p50: number;
  p95: number;
  samples: number[];
}

/** Words typed one key at a time; after each word the box is cleared with Ctrl+A, Backspace (also measured). */
const WORDS = ["token", "user not", "auth 001", "expired", "rate limit", "500", "invalid", "quota"];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Measures, inside the page, from a key's keydown to the first paint after the table shows the rows for the box's
 * new value. The table exposes the query its rows reflect as data-query; a MutationObserver sees it catch up, then a
 * requestAnimationFrame plus a posted message lands just after that frame is painted.
 */
export async function measureFilterToPaint({ baseURL, catalogPath, runs = 60 }: FilterToPaintOptions): Promise<FilterToPaintResult> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL(catalogPath, baseURL).href, { waitUntil: "load", timeout: 120_000 });
    // The static table shows the same filter box; focusing it is the first use that loads the interactive table, which
    // answers it: wait for that.
    await page.locator(".table-toolbar input[type=search]").focus();
    await page.locator("table.interactive").waitFor({ state: "attached", timeout: 120_000 });
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await page.evaluate("globalThis.__name = (f) => f");
    await page.evaluate(() => {
      const w = window as unknown as { __armFilterBench: () => void; __filterBench?: Promise<number> };
      w.__armFilterBench = () => {
        w.__filterBench = new Promise<number>((resolve, reject) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const table = () => document.querySelector<HTMLTableElement>("table.interactive");
          let start = 0;
          const timeout = setTimeout(() => reject(new Error("the table never caught up with the filter")), 10_000);
          const onKey = () => {
            start = performance.now();
            const observer = new MutationObserver(check);
            observer.observe(document.querySelector(".catalog-table")!, {
              attributes: true,
              subtree: true,
              attributeFilter: ["data-query"],
            });
            queueMicrotask(check);
            function check() {
              if (table()?.dataset.query !== input.value) return;
              observer.disconnect();
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  clearTimeout(timeout);
                  resolve(performance.now() - start);
                };
                channel.port2.postMessage(null);
              });
            }
          };
          input.addEventListener("keydown", onKey, { capture: true, once: true });
        });
      };
    });
    await page.getByRole("searchbox", { name: "Filter" }).focus();
    const samples: number[] = [];
    const press = async (key: string) => {
      await page.evaluate(() => (window as unknown as { __armFilterBench: () => void }).__armFilterBench());
      await page.keyboard.press(key);
      samples.push(await page.evaluate(() => (window as unknown as { __filterBench: Promise<number> }).__filterBench));
    };
    for (let w = 0; samples.length < runs; w++) {
      for (const ch of WORDS[w % WORDS.length]!) {
        if (samples.length >= runs) break;
        await press(ch === " " ? "Space" : ch);
      }
      if (samples.length >= runs) break;
      await page.keyboard.press("Control+A");
      await press("Backspace");
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), samples };
  } finally {
    await browser.close();
  }
}
