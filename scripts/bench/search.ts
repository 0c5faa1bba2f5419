// Reads: the bundled catalogs (for 181) and synthetic catalogs (lib/synthetic) for larger counts.
// Writes: a table of search index build time, size (first use as lib/search/strategy.ts decides) and query latency to stdout.
import { getCatalogs } from "@/lib/catalog/repository";
import { benchSearch } from "@/lib/search/bench";

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const bundled = getCatalogs();
const bundledCount = bundled.reduce((n, c) => n + c.errors.length, 0);
const rows = benchSearch(counts.length ? counts : [bundledCount, 100_000], (n) => (n === bundledCount ? bundled : undefined!));
// First use: with /api/search deployed (npm start), and in the static export (npm run build:static).
console.log(
  "| codes | build ms | B/code gz | first use gz | static first use gz | all shards gz | shard files | manifest gz | largest shard gz | exact p50/p95 ms | partial p50/p95 ms | word p50/p95 ms |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  const pq = (k: keyof typeof r.queries) => `${r.queries[k].p50} / ${r.queries[k].p95}`;
  console.log(
    `| ${r.codes} | ${r.buildMs} | ${r.bytesPerCodeGz} | ${r.firstUseGz} | ${r.firstUseStaticGz} | ${r.allShardsGz} | ${r.shardFiles} | ${r.manifestGz} | ${r.largestShardGz} | ${pq("exact")} | ${pq("partial")} | ${pq("word")} |`,
  );
}
