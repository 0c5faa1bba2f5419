import type { Page } from "@playwright/test";

/**
 * Starts recording layout shifts from the first paint of every document the page loads (call before `goto`). Shifts
 * within 500 ms of input are left out, as Cumulative Layout Shift leaves them out.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => {
          const node = s.node as Element | null | undefined;
          return node?.nodeType === 1 ? `${node.tagName.toLowerCase()}.${node.className || ""}#${node.id || ""}` : String(node?.nodeName);
        });
        w.__shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shifts recorded so far: their sum (the page's CLS, in one session window or more) and what moved. */
export async function layoutShifts(page: Page): Promise<{ total: number; shifts: { value: number; sources: string[] }[] }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  return { total: shifts.reduce((n, s) => n + s.value, 0), shifts };
}
