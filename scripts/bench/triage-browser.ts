// Reads: a running Errata site (baseURL). Writes: nothing; returns how long /triage takes, in Chromium, from a file of
// a file being chosen to its findings on screen (issue #21's budget: 25 MB in under 3 s).
import { chromium } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "./chromium";

/** Times inside the page, from the file input's change event to the results region being in the DOM and painted. */
export async function measureTriageInBrowser(baseURL: string, file: Buffer, runs = 3): Promise<{ ms: number[]; findings: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const ms: number[] = [];
    let findings = 0;
    for (let run = 0; run < runs; run++) {
      await page.goto(new URL("/triage", baseURL).href, { waitUntil: "load", timeout: 120_000 });
      await page.evaluate(() => {
        const w = window as unknown as { __triage?: Promise<number> };
        w.__triage = new Promise<number>((resolve) => {
          let start = 0;
          document.addEventListener("change", () => (start = performance.now()), { capture: true, once: true });
          new MutationObserver((_, observer) => {
            if (!start || !document.querySelector(".triage-results")) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          }).observe(document.body, { childList: true, subtree: true });
        });
      });
      await page.locator('input[type="file"]').setInputFiles({ name: "big.log", mimeType: "text/plain", buffer: file });
      ms.push(await page.evaluate(() => (window as unknown as { __triage: Promise<number> }).__triage));
      findings = await page.locator(".triage-results tbody th[scope=row]").count();
    }
    return { ms, findings };
  } finally {
    await browser.close();
  }
}
