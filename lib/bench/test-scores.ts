import type { LighthouseScores } from "./ratio";

/** One Lighthouse run for the tests: a perfect page by default, with the figures a test sets. */
export const run = (s: Partial<LighthouseScores>): LighthouseScores => ({
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs: 0,
  lcpMs: 1000,
  fcpMs: 1000,
  cls: 0,
  ...s,
});
