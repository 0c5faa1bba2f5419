// Throughput as a ratio (issue #22): `npm start` against `npm run serve:static` on the same prerendered pages, in one
// run. Pure: figures in, ratios and verdicts out.

/** `npm start` needs at least half the static server's requests per second on a prerendered page... */
export const MIN_RPS_RATIO = 0.5;
/** ...and at most twice its p99 latency. */
export const MAX_P99_RATIO = 2;

export interface ThroughputPair {
  path: string;
  /** Pages both servers serve from prerendered HTML; the rest (a short link: 308 against a fallback page) are informational. */
  prerendered: boolean;
  server: { rps: number; p99: number };
  static: { rps: number; p99: number };
}

export interface ThroughputRatio {
  path: string;
  prerendered: boolean;
  rpsRatio: number;
  p99Ratio: number;
  /** Null for informational rows. */
  meets: boolean | null;
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

export function throughputRatios(pairs: readonly ThroughputPair[]): ThroughputRatio[] {
  return pairs.map((p) => {
    const rpsRatio = r3(p.server.rps / p.static.rps);
    // A p99 of 0 ms (autocannon's resolution is 1 ms) counts as 1 ms.
    const p99Ratio = r3(Math.max(1, p.server.p99) / Math.max(1, p.static.p99));
    return {
      path: p.path,
      prerendered: p.prerendered,
      rpsRatio,
      p99Ratio,
      meets: p.prerendered ? rpsRatio >= MIN_RPS_RATIO && p99Ratio <= MAX_P99_RATIO : null,
    };
  });
}
