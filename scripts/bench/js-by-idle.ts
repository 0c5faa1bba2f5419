// Reads: pages over HTTP in a real Chromium (Playwright). Writes: nothing.
// Every JavaScript response a page load fetches by network idle, lazy chunks included, with its size as sent
// (encoded body: gzip from `npm start`). Search and Try it load on use (issue #22): the search dialog is fetched only
// when the search button is pointed at, focused or used, which this load never does; Try it's panel is fetched when
// the browser is first idle (components/try-it/try-it-loader.client.tsx), so a second load, with requestIdleCallback
// held back, tells its chunks apart: whatever only the first load fetched.
import { chromium, type Browser } from "@playwright/test";
import type { IdleScript } from "@/lib/bench/result";
import { round } from "@/lib/bench/stats";
import { CHROMIUM_ARGS, testChromiumPath } from "./chromium";

async function scriptsByIdle(browser: Browser, url: string, holdIdle: boolean): Promise<Map<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (holdIdle) await page.addInitScript(() => void (window.requestIdleCallback = () => 0));
  const pending: Promise<void>[] = [];
  const sizes = new Map<string, number>();
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    pending.push(
      request.sizes().then((s) => {
        // The body as it came over the wire (gzip): the figure the budget is in.
        sizes.set(request.url(), s.responseBodySize);
      }),
    );
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`bench: ${url} answered ${response?.status()}`);
  // Idle callbacks run after the load settles; give them their 1.5 s timeout, then wait for quiet again.
  await page.waitForTimeout(2000);
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  await context.close();
  return sizes;
}

/** Gzip kB of every script fetched by network idle, except the chunks that only Try it's idle-time load fetched. */
export async function jsByIdle(urls: readonly string[]): Promise<{ url: string; kb: number; scripts: IdleScript[] }[]> {
  const browser = await chromium.launch({ executablePath: testChromiumPath(), args: CHROMIUM_ARGS });
  try {
    const out = [];
    for (const url of urls) {
      const all = await scriptsByIdle(browser, url, false);
      const held = await scriptsByIdle(browser, url, true);
      const scripts: IdleScript[] = [...all].map(([src, bytes]) => ({
        url: src,
        kbGz: round(bytes / 1000, 1),
        ...(held.has(src) ? {} : { excluded: "Try it: fetched at idle, for use (absent when idle callbacks are held back)" }),
      }));
      const bytes = [...all].filter(([src]) => held.has(src)).reduce((n, [, b]) => n + b, 0);
      out.push({ url, kb: round(bytes / 1000, 1), scripts });
    }
    return out;
  } finally {
    await browser.close();
  }
}
