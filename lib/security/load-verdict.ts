/** One target's figures from a load run. */
export interface LoadFigures {
  path: string;
  /** The status every answer should have: 200 for pages, the code's own status for /api/mock. */
  expected: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** autocannon's count, which includes the timeouts. */
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

/** What is wrong with a run, one line per problem; empty when it passes (no errors, no timeouts, only the expected status). */
export function loadProblems(figures: readonly LoadFigures[]): string[] {
  const problems: string[] = [];
  for (const f of figures) {
    if (f.requests === 0) problems.push(`${f.path}: no requests completed`);
    if (f.errors > f.timeouts) problems.push(`${f.path}: ${f.errors - f.timeouts} connection errors`);
    if (f.timeouts) problems.push(`${f.path}: ${f.timeouts} timeouts (no answer within 10 s)`);
    for (const [status, count] of Object.entries(f.statuses)) {
      if (status === String(f.expected)) continue;
      if (status === "404") problems.push(`${f.path}: ${count} × 404 (is the route merged?)`);
      else problems.push(`${f.path}: ${count} × ${status}, expected ${f.expected}`);
    }
  }
  return problems;
}

export function loadTable(figures: readonly LoadFigures[]): string {
  const rows = figures.map((f) => {
    const statuses = Object.entries(f.statuses)
      .map(([s, n]) => `${n}×${s}`)
      .join(" ");
    return `| \`${f.path}\` | ${Math.round(f.rps)} | ${f.p50} | ${f.p99} | ${f.requests} | ${f.errors} | ${statuses} |`;
  });
  return [
    "| Target | Requests/s | p50 ms | p99 ms | Requests | Errors | Statuses |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
}
