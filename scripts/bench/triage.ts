// The triage part of `npm run bench` (issue #21's budgets): precision and recall on a labelled synthetic log, the
// CLI's throughput on a few hundred MB and its peak memory on 1 GB.
// Reads: content/catalogs and e2e-hostile/catalogs. Writes: synthetic logs under os.tmpdir(), deleted at the end.
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalogDir } from "@/lib/catalog/load";
import { round } from "@/lib/bench/stats";
import type { TriageBench } from "@/lib/bench/result";
import { createTriage } from "@/lib/triage/engine";
import { triageIndexFromCatalogs } from "@/lib/triage/from-catalogs";
import { score, syntheticLog } from "@/lib/triage/synthetic-log";
import { measureTriageInBrowser } from "./triage-browser";

const CATALOG_DIRS = ["content/catalogs", "e2e-hostile/catalogs"];
/** Sizes of the generated files; throughput and peak memory on both, the budget on the 1 GB one. */
const THROUGHPUT_BYTES = 300e6;
const MEMORY_BYTES = 1024 ** 3;

/** Writes `text` repeatedly until the file holds at least `bytes`; returns how many copies. */
function writeRepeated(file: string, text: string, bytes: number): number {
  const fd = openSync(file, "w");
  const buf = Buffer.from(text);
  let copies = 0;
  try {
    for (let written = 0; written < bytes; written += buf.length, copies++) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
  return copies;
}

/** Runs the CLI on a file: wall seconds, its own peak RSS (--report-rss), and the total count it reported. */
function runCli(file: string): Promise<{ seconds: number; maxRssMb: number | null; occurrences: number; undocumented: number }> {
  const tsx = path.resolve("node_modules", ".bin", "tsx");
  const args = ["scripts/triage.ts", file, "--json", "--report-rss", ...CATALOG_DIRS.flatMap((d) => ["--catalogs", d])];
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(tsx, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - began) / 1000;
      if (code !== 0) return reject(new Error(`triage CLI exited ${code}: ${stderr.trim().split("\n").at(-1)}`));
      const out = JSON.parse(stdout) as { findings: { count: number }[]; undocumented: { count: number }[] };
      const rss = /"maxRssKb":(\d+)/.exec(stderr)?.[1];
      resolve({
        seconds,
        maxRssMb: rss ? Math.round(Number(rss) / 1024) : null,
        occurrences: out.findings.reduce((n, f) => n + f.count, 0),
        undocumented: out.undocumented.reduce((n, u) => n + u.count, 0),
      });
    });
  });
}

/** The file the browser budget is measured with: 25 MB, just under the page's limit of 25 MiB. */
const BROWSER_BYTES = 25e6;

export async function benchTriage(log: (line: string) => void, notes: string[], baseURL?: string): Promise<TriageBench> {
  const catalogs = CATALOG_DIRS.flatMap((d) => loadCatalogDir(path.resolve(d)));
  const index = triageIndexFromCatalogs(catalogs);
  const labelled = syntheticLog(catalogs, { seed: 21, events: 3_000 });
  log(`bench: triage precision and recall on ${labelled.lines} labelled lines (${catalogs.length} catalogs)`);
  // Streamed in 64 KiB chunks, as the CLI and the page feed it.
  const engine = createTriage(index);
  for (let i = 0; i < labelled.text.length; i += 65_536) engine.push(labelled.text.slice(i, i + 65_536));
  const result = engine.end();
  const s = score(labelled.labels, result);
  for (const m of s.misses.slice(0, 5)) notes.push(`triage missed ${m}`);
  for (const e of s.extras.slice(0, 5)) notes.push(`triage wrongly found ${e}`);
  const expected = {
    occurrences: result.findings.reduce((n, f) => n + f.count, 0),
    undocumented: result.undocumented.reduce((n, u) => n + u.count, 0),
  };

  let browser: TriageBench["browser"] = null;
  if (baseURL) {
    // Whole lines, in bytes (the log has non-ASCII text, so characters are fewer).
    const whole = Buffer.from(labelled.text.repeat(Math.ceil(BROWSER_BYTES / labelled.text.length) + 1));
    const file = whole.subarray(0, whole.lastIndexOf(10, BROWSER_BYTES) + 1);
    log(`bench: /triage in Chromium with a ${round(file.length / 1e6)} MB file (3 runs)`);
    const { ms, findings } = await measureTriageInBrowser(baseURL, file);
    browser = {
      fileMb: round(file.length / 1e6),
      medianMs: Math.round([...ms].sort((a, b) => a - b)[1]!),
      runsMs: ms.map(Math.round),
      findings,
    };
  } else notes.push("triage: no build to serve, so the browser figure was not measured (run `npm run build`)");

  const dir = mkdtempSync(path.join(os.tmpdir(), "errata-triage-"));
  try {
    const file = path.join(dir, "big.log");
    let copies = writeRepeated(file, labelled.text, THROUGHPUT_BYTES);
    let bytes = statSync(file).size;
    log(`bench: triage CLI on ${Math.round(bytes / 1e6)} MB`);
    const fast = await runCli(file);
    if (fast.occurrences !== expected.occurrences * copies || fast.undocumented !== expected.undocumented * copies) {
      notes.push(`triage CLI: ${fast.occurrences} occurrences on the big file, expected ${expected.occurrences * copies}`);
    }
    const small = { fileMb: Math.round(bytes / 1e6), mbPerS: round(bytes / 1e6 / fast.seconds), peakRssMb: fast.maxRssMb };
    copies = writeRepeated(file, labelled.text, MEMORY_BYTES);
    bytes = statSync(file).size;
    log(`bench: triage CLI on ${Math.round(bytes / 1e6)} MB (peak memory)`);
    const big = await runCli(file);
    if (big.occurrences !== expected.occurrences * copies) {
      notes.push(`triage CLI: ${big.occurrences} occurrences on the 1 GB file, expected ${expected.occurrences * copies}`);
    }
    notes.push(
      `triage: peak RSS is the CLI process's own maxRSS (process.resourceUsage, --report-rss), worker threads included; throughput is wall clock from spawn to exit, start-up included`,
    );
    return {
      precision: round(s.precision * 100, 2),
      recall: round(s.recall * 100, 2),
      labelled: {
        lines: labelled.lines,
        truePositives: s.truePositives,
        falsePositives: s.falsePositives,
        falseNegatives: s.falseNegatives,
      },
      throughputMbPerS: round(bytes / 1e6 / big.seconds),
      throughputFileMb: Math.round(bytes / 1e6),
      throughputSeconds: round(big.seconds),
      peakRss1GbMb: big.maxRssMb,
      small,
      browser,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
