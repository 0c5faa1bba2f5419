// Errata against the bare page (issue #22): the floor a Next page of the same version and config reaches on the same
// machine in the same run. Pure: the Lighthouse runs come in as arrays, the medians and ratios go out.
import { median, round } from "./stats";

/** One Lighthouse run's figures (or the median of several). */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
}

/** Errata's medians over the bare page's medians, both from the same alternating run; the bare medians beside them. */
export interface LighthouseRatio {
  lcp: number | null;
  fcp: number | null;
  /** Null when the bare page's median TBT is 0 (no ratio to a zero); `tbtOverAllowance` still judges it. */
  tbt: number | null;
  /** Errata's median TBT over its allowance, max(1.5 × bare, bare + 30 ms): at most 1 meets the budget. */
  tbtOverAllowance: number;
  /** Errata's median performance score minus the bare page's (budget: at least -3). */
  performanceDelta: number;
  runs: number;
  bare: { lcpMs: number; tbtMs: number; fcpMs: number; performance: number };
}

/** The median of each figure over a list of runs; figures are rounded as Lighthouse reports them. */
export function medianScores(runs: readonly LighthouseScores[]): LighthouseScores {
  const m = (k: keyof LighthouseScores) => median(runs.map((r) => r[k]));
  return {
    performance: m("performance"),
    accessibility: m("accessibility"),
    bestPractices: m("bestPractices"),
    seo: m("seo"),
    tbtMs: Math.round(m("tbtMs")),
    lcpMs: Math.round(m("lcpMs")),
    fcpMs: Math.round(m("fcpMs")),
    cls: round(m("cls"), 3),
  };
}

/** The TBT Errata may spend: 1.5 × the bare page's, but never less than the bare page's plus 30 ms. */
export function tbtAllowanceMs(bareTbtMs: number): number {
  return Math.max(1.5 * bareTbtMs, bareTbtMs + 30);
}

const ratio = (errata: number, bare: number) => (bare > 0 && Number.isFinite(errata) ? round(errata / bare, 3) : null);

/** Ratios of medians: Errata's runs against the bare page's runs of the same alternating measurement. */
export function lighthouseRatio(bareRuns: readonly LighthouseScores[], errataRuns: readonly LighthouseScores[]): LighthouseRatio {
  if (!bareRuns.length || !errataRuns.length) throw new Error("lighthouseRatio: needs at least one run of each page");
  const bare = {
    lcpMs: median(bareRuns.map((r) => r.lcpMs)),
    tbtMs: median(bareRuns.map((r) => r.tbtMs)),
    fcpMs: median(bareRuns.map((r) => r.fcpMs)),
    performance: median(bareRuns.map((r) => r.performance)),
  };
  const errata = {
    lcpMs: median(errataRuns.map((r) => r.lcpMs)),
    tbtMs: median(errataRuns.map((r) => r.tbtMs)),
    fcpMs: median(errataRuns.map((r) => r.fcpMs)),
    performance: median(errataRuns.map((r) => r.performance)),
  };
  return {
    lcp: ratio(errata.lcpMs, bare.lcpMs),
    fcp: ratio(errata.fcpMs, bare.fcpMs),
    tbt: ratio(errata.tbtMs, bare.tbtMs),
    tbtOverAllowance: round(errata.tbtMs / tbtAllowanceMs(bare.tbtMs), 3),
    performanceDelta: errata.performance - bare.performance,
    runs: Math.min(bareRuns.length, errataRuns.length),
    bare: { lcpMs: Math.round(bare.lcpMs), tbtMs: Math.round(bare.tbtMs), fcpMs: Math.round(bare.fcpMs), performance: bare.performance },
  };
}
