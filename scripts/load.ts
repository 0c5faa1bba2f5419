// Reads: the production build (<distDir>, so run `npm run build` first).
// Writes: nothing; starts the server as `npm start` does on loopback, runs autocannon against each target in turn, in identical rounds,
// and prints requests/s, latency and the server's RSS after each round. Exits 1 on any connection error, timeout, or
// answer other than the expected status (200, 308 for a short link, the mocked code's own status for /api/mock), on
// RSS after the last round more than 25% above the first, or on short links slower than the code page as Next serves
// it (asked with `Cache-Control: no-cache`, past `npm start`'s response cache).
// Then, when out/ holds a static export (`npm run build:static`), it serves it with `npm run serve:static` on
// --port + 1 and measures both servers on the same paths, alternating (issue #22): the prerendered home and code pages
// must reach ≥ 0.5× the static server's requests/s with ≤ 2× its p99; a short link (a 308 from `npm start`, a fallback
// page from the static server) is reported beside them; the static export has no /api/search, so that has no ratio.
//   npm run load -- [--duration 30] [--connections 50] [--rounds 3] [--port 3300] [--url http://127.0.0.1:3000]
//   [--skip-static]
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { MAX_P99_RATIO, MIN_RPS_RATIO, throughputRatios, type ThroughputPair } from "@/lib/bench/load-ratio";
import { getEntry } from "@/lib/catalog/repository";
import { concreteStatus } from "@/lib/http-status";
import { distDir } from "@/lib/security/dist-dir";
import { loadProblems, loadTable, type LoadFigures } from "@/lib/security/load-verdict";
import { existingServer, serveBuild, serveStaticDir } from "./bench/serve";
import { treeRssMb } from "./bench/memory";
import { routes } from "@/lib/routes";

const MOCKED = getEntry("auth-service", "auth-001");
if (!MOCKED || MOCKED.status === undefined) throw new Error("load: auth-service has no AUTH_001 with a status to mock");
/** A target asked with `Cache-Control: no-cache`, which `npm start`'s response cache leaves to Next. */
const UNCACHED = " (Cache-Control: no-cache)";
/** Each target and the status every answer should have: the mock answers with the code's own status. */
const TARGETS: ReadonlyArray<[string, number]> = [
  [routes.home(), 200],
  [routes.catalog("auth-service"), 200],
  [routes.code("auth-service", "AUTH_001"), 200],
  // The same page as Next serves it, past the response cache: what a short link must be no slower than.
  [routes.code("auth-service", "AUTH_001") + UNCACHED, 200],
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
      "skip-static": { type: "boolean", default: false },
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
        const uncached = path.endsWith(UNCACHED);
        const url = base + (uncached ? path.slice(0, -UNCACHED.length) : path);
        const r = await autocannon({ url, connections, duration, headers: uncached ? { "cache-control": "no-cache" } : {} });
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
    if (values["skip-static"]) console.log("static: skipped (--skip-static)");
    else if (!existsSync(path.join("out", "index.html")))
      console.log("static: no export in out/ (run `npm run build:static`); not compared");
    else problems.push(...(await againstStatic(base, Number(values.port) + 1, connections, duration)));
    for (const p of problems) console.error(`load: ${p}`);
    console.log(problems.length ? `load: FAILED (${problems.length} problems)` : "load: passed: zero errors, zero 5xx");
    return problems.length ? 1 : 0;
  } finally {
    await server.stop();
  }
}

/** `npm start` against the static export on the same paths, each pair measured back to back; the ratio budget's problems. */
async function againstStatic(base: string, staticPort: number, connections: number, duration: number): Promise<string[]> {
  const paths: ReadonlyArray<[string, boolean]> = [
    [routes.home(), true],
    [routes.code("auth-service", "AUTH_001"), true],
    [routes.shortLink("AUTH_001"), false],
  ];
  const staticServer = await serveStaticDir("out", staticPort);
  const pairs: ThroughputPair[] = [];
  try {
    console.log(`\nstatic: npm start (${base}) against npm run serve:static (${staticServer.baseURL}), alternating`);
    for (const [p, prerendered] of paths) {
      const measure = async (url: string) => {
        const r = await autocannon({ url, connections, duration });
        if (r.errors || r.non2xx - (r.statusCodeStats["308"]?.count ?? 0) > 0)
          console.error(`static: ${url}: ${r.errors} errors, statuses ${JSON.stringify(r.statusCodeStats)}`);
        return { rps: r.requests.average, p99: r.latency.p99 };
      };
      pairs.push({ path: p, prerendered, server: await measure(base + p), static: await measure(staticServer.baseURL + p) });
    }
  } finally {
    await staticServer.stop();
  }
  const ratios = throughputRatios(pairs);
  console.log(
    [
      "| Path | npm start req/s | static req/s | ratio (≥ 0.5) | npm start p99 ms | static p99 ms | ratio (≤ 2) | verdict |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      ...pairs.map((p, i) => {
        const r = ratios[i]!;
        const verdict = r.meets === null ? "informational" : r.meets ? "met" : "missed";
        return `| \`${p.path}\` | ${Math.round(p.server.rps)} | ${Math.round(p.static.rps)} | ${r.rpsRatio} | ${p.server.p99} | ${p.static.p99} | ${r.p99Ratio} | ${verdict} |`;
      }),
      "| the search API | (above) | none: the export has no server; browsers fetch the search index's JSON files | - | | | | not compared |",
    ].join("\n"),
  );
  return ratios
    .filter((r) => r.meets === false)
    .map(
      (r) =>
        `static: ${r.path}: ${r.rpsRatio}× the static server's requests/s (budget ≥ ${MIN_RPS_RATIO}), p99 ${r.p99Ratio}× (budget ≤ ${MAX_P99_RATIO})`,
    );
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
  // Against the page as Next serves it: from the response cache a page costs less than any answer Next gives.
  const page = figures.find((f) => f.path === routes.code("auth-service", "AUTH_001") + UNCACHED);
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
