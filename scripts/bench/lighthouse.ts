// Reads: pages over HTTP. Writes: nothing. Lighthouse (mobile, its default) in the project's Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { LighthouseScores } from "@/lib/bench/result";
import { median, round } from "@/lib/bench/stats";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";

function scoresOf(lhr: {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}): LighthouseScores {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    tbtMs: Math.round(audit("total-blocking-time")),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    cls: round(audit("cumulative-layout-shift"), 3),
  };
}

/** The median of each figure over `runs` Lighthouse runs of one URL. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    const all: LighthouseScores[] = [];
    // Now and then a run comes back without metrics (Lighthouse could not trace the load, e.g. NO_LCP); it is run
    // again, up to twice, rather than let a NaN turn the median into null.
    for (let i = 0, attempts = 0; i < runs; attempts++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`bench: lighthouse returned nothing for ${url}`);
      const scores = scoresOf(result.lhr as never);
      const complete = [scores.tbtMs, scores.lcpMs, scores.cls].every(Number.isFinite);
      if (complete || attempts >= runs + 2) {
        all.push(scores);
        i++;
      }
    }
    const m = (k: keyof LighthouseScores) => median(all.map((s) => s[k]));
    return {
      performance: m("performance"),
      accessibility: m("accessibility"),
      bestPractices: m("bestPractices"),
      seo: m("seo"),
      tbtMs: m("tbtMs"),
      lcpMs: m("lcpMs"),
      cls: m("cls"),
    };
  } finally {
    chrome.kill();
  }
}
