import type { Page } from "@playwright/test";

export interface Shift {
  value: number;
  /** What moved: the element (or "removed"), from where to where. */
  sources: string[];
}

/** Records layout shifts not caused by input, from navigation on, as Core Web Vitals counts CLS. */
export async function watchLayoutShifts(page: Page) {
  // A fresh page's first document on the site gets a renderer process of its own, and under load Chromium now and
  // then lays out its first frame at the headless window's size before the emulated viewport reaches it: a "shift" no
  // reader could see. A same-origin document first, so the measured page starts in a process already at its size.
  await page.goto("/robots.txt");
  await page.addInitScript(() => {
    type Entry = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const shifts: { value: number; sources: string[] }[] = [];
    const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    const record = (entries: PerformanceEntry[]) => {
      for (const e of entries as Entry[]) {
        if (e.hadRecentInput) continue;
        const sources = e.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const name = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}` : "removed";
          return `${name}: ${rect(s.previousRect)} -> ${rect(s.currentRect)}`;
        });
        shifts.push({ value: e.value, sources });
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: "layout-shift", buffered: true });
    Object.assign(window, {
      __layoutShifts: () => {
        record(observer.takeRecords());
        return shifts;
      },
    });
  });
}

/** The shifts so far, once the frame after the last change has been drawn (when the browser reports its shifts). */
export async function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return (window as unknown as { __layoutShifts: () => Shift[] }).__layoutShifts();
  });
}
