// Reads: pages over HTTP. Writes: nothing. Lighthouse (mobile, its default) in the project's Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { LighthouseScores } from "@/lib/bench/ratio";
import { round } from "@/lib/bench/stats";
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
    fcpMs: Math.round(audit("first-contentful-paint")),
    cls: round(audit("cumulative-layout-shift"), 3),
  };
}

export interface LighthouseSession {
  /** One Lighthouse run of `url`; a run that comes back without metrics is run again, up to twice. */
  run: (url: string) => Promise<LighthouseScores>;
  close: () => void;
}

/** One Chromium for many runs, so the bare page and Errata are measured by the same browser, one run after the other. */
export async function openLighthouse(): Promise<LighthouseSession> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  const run = async (url: string) => {
    let scores: LighthouseScores | undefined;
    // Now and then a run comes back without metrics (Lighthouse could not trace the load, e.g. NO_LCP); it is run
    // again rather than let a NaN turn the median into null.
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`bench: lighthouse returned nothing for ${url}`);
      scores = scoresOf(result.lhr as never);
      if ([scores.tbtMs, scores.lcpMs, scores.fcpMs, scores.cls].every(Number.isFinite)) break;
    }
    return scores!;
  };
  return { run, close: () => chrome.kill() };
}

/**
 * `runs` runs of each URL, alternating (bare, Errata, bare, Errata, …) in one browser, so a load that other processes
 * put on the machine falls on both alike.
 */
export async function alternatingRuns(
  session: LighthouseSession,
  bareUrl: string,
  errataUrl: string,
  runs: number,
): Promise<{ bare: LighthouseScores[]; errata: LighthouseScores[] }> {
  const bare: LighthouseScores[] = [];
  const errata: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await session.run(bareUrl));
    errata.push(await session.run(errataUrl));
  }
  return { bare, errata };
}
