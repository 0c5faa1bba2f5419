import { isStaticExport, type ProcessEnvLike } from "./static-export";

/**
 * Which code pages get their Open Graph card drawn at build time.
 *
 * Drawing one 1200×630 PNG costs about 12 ms of CPU and 30 kB of disk, so at 10,000 codes the cards alone add about
 * two minutes to a build on 2 cores. A Node or serverless deployment therefore draws cards at build time only up to
 * OG_PRERENDER_MAX_CODES codes, and past that on the first request for each card (then keeps it, like any other
 * on-demand render). A static export has no server to draw anything later, so it always draws every card.
 */
export const OG_PRERENDER_MAX_CODES = 2_000;

/** The limit, which ERRATA_OG_PRERENDER_MAX_CODES may lower (the e2e build sets 0 to exercise drawing on request). */
export function ogPrerenderMaxCodes(env: ProcessEnvLike = process.env): number {
  const raw = env.ERRATA_OG_PRERENDER_MAX_CODES;
  if (raw === undefined || raw === "") return OG_PRERENDER_MAX_CODES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`ERRATA_OG_PRERENDER_MAX_CODES: expected a whole number ≥ 0, got "${raw}"`);
  return n;
}

/** The cards to draw at build time: every one for a static export or a site within the limit, otherwise none. */
export function ogPrerenderParams<T>(all: readonly T[], env: ProcessEnvLike = process.env): T[] {
  return isStaticExport(env) || all.length <= ogPrerenderMaxCodes(env) ? [...all] : [];
}
