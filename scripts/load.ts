// Reads: the production build (<distDir>, so run `npm run build` first).
// Writes: nothing; starts `next start` on loopback, runs autocannon against each target in turn and prints
// requests/s and latency. Exits 1 on any connection error, timeout, or answer other than the expected status
// (200, or the mocked code's own status for /api/mock).
//   npm run load -- [--duration 30] [--connections 50] [--port 3300] [--url http://127.0.0.1:3000]
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { getEntry } from "@/lib/catalog/repository";
import { concreteStatus } from "@/lib/http-status";
import { distDir } from "@/lib/security/dist-dir";
import { loadProblems, loadTable, type LoadFigures } from "@/lib/security/load-verdict";
import { existingServer, serveBuild } from "./bench/serve";
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
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const server = values.url ? existingServer(values.url) : await serveBuild(distDir(), undefined, Number(values.port));
  const base = server.baseURL;
  try {
    console.log(`load: ${connections} connections × ${duration} s per target against ${base}\n`);
    const figures: LoadFigures[] = [];
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
      console.log(`  ${path}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms`);
    }
    console.log(`\n${loadTable(figures)}\n`);
    const problems = loadProblems(figures);
    for (const p of problems) console.error(`load: ${p}`);
    console.log(problems.length ? `load: FAILED (${problems.length} problems)` : "load: passed: zero errors, zero 5xx");
    return problems.length ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`load: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
