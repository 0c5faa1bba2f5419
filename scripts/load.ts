// Reads: the production build (<distDir>, so run `npm run build` first).
// Writes: nothing; starts the server as `npm start` does on loopback, runs autocannon against each target in turn, in identical rounds,
// and prints requests/s, latency and the server's RSS after each round. Exits 1 on any connection error, timeout, or
// answer other than the expected status (200, 308 for a short link, the mocked code's own status for /api/mock), on
// RSS after the last round more than 25% above the first, or on short links slower than the code page.
//   npm run load -- [--duration 30] [--connections 50] [--rounds 3] [--port 3300] [--url http://127.0.0.1:3000]
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { getEntry } from "@/lib/catalog/repository";
import { concreteStatus } from "@/lib/http-status";
import { distDir } from "@/lib/security/dist-dir";
import { loadProblems, loadTable, type LoadFigures } from "@/lib/security/load-verdict";
import { existingServer, serveBuild } from "./bench/serve";
import { treeRssMb } from "./bench/memory";
import { routes } from "@/lib/routes";

const MOCKED = getEntry("auth-service", "auth-001");
if (!MOCKED || MOCKED.status === undefined) throw new Error("load: auth-service has no AUTH_001 with a status to mock");
/** Each target and the status every answer should have: the mock answers with the code's own status. */
const TARGETS: ReadonlyArray<[string, number]> = [
  [routes.catalog("auth-service"), 200],
  [routes.code("auth-service", "AUTH_001"), 200],
  // The support link: answered by the proxy with a 308, at least as fast as the code page it points to (issue 18).
  [routes.shortLink("AUTH_001"), 308],
  [routes.apiSearch("token", 10), 200],
  [routes.mock("auth-service", MOCKED.code), concreteStatus(MOCKED.status!)],
];

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "30" },
      connections: { type: "string", default: "50" },
      port: { type: "string", default: "3300" },
      url: { type: "string" },
      rounds: { type: "string", default: "3" },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const server = values.url ? existingServer(values.url) : await serveBuild(distDir(), undefined, Number(values.port));
  const base = server.baseURL;
  try {
    const rounds = Math.max(1, Number(values.rounds));
    console.log(`load: ${rounds} rounds of ${connections} connections × ${duration} s per target against ${base}\n`);
    let figures: LoadFigures[] = [];
    // Identical rounds: memory must level off, so the server's RSS after the last is compared with the first.
    const rss: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      figures = [];
      for (const [path, expected] of TARGETS) {
        const r = await autocannon({ url: base + path, connections, duration });
        const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([s, { count }]) => [s, count]));
        figures.push({
          path,
          expected,
          requests: r.requests.total,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors,
          timeouts: r.timeouts,
          statuses,
        });
        console.log(`  round ${round} ${path}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms`);
      }
      const mb = server.pid === undefined ? null : treeRssMb(server.pid);
      if (mb !== null) rss.push(mb);
      console.log(`  round ${round}: server RSS ${mb ?? "not measured"} MB`);
    }
    console.log(`\n${loadTable(figures)}\n`);
    const problems = [...loadProblems(figures), ...memoryProblems(rss), ...shortLinkProblems(figures)];
    for (const p of problems) console.error(`load: ${p}`);
    console.log(problems.length ? `load: FAILED (${problems.length} problems)` : "load: passed: zero errors, zero 5xx");
    return problems.length ? 1 : 0;
  } finally {
    await server.stop();
  }
}

/** The budget: RSS after the last round within 25% of RSS after the first. */
function memoryProblems(rss: readonly number[]): string[] {
  if (rss.length < 2) return [];
  const [first, last] = [rss[0]!, rss.at(-1)!];
  console.log(`memory: server RSS by round ${rss.join(" → ")} MB (last / first = ${(last / first).toFixed(2)}, budget 1.25)`);
  return last > first * 1.25
    ? [`memory: RSS grew from ${first} MB to ${last} MB over ${rss.length} identical rounds (budget: within 25%)`]
    : [];
}

/** The budget: a short link at least as fast as the code page it points to, in the same run. */
function shortLinkProblems(figures: readonly LoadFigures[]): string[] {
  const page = figures.find((f) => f.path === routes.code("auth-service", "AUTH_001"));
  const short = figures.find((f) => f.path === routes.shortLink("AUTH_001"));
  if (!page || !short) return [];
  console.log(`short links: ${Math.round(short.rps)} req/s against a code page's ${Math.round(page.rps)} req/s`);
  return short.rps < page.rps ? [`short links: ${Math.round(short.rps)} req/s, below the code page's ${Math.round(page.rps)} req/s`] : [];
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`load: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
