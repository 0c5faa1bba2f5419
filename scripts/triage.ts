// `npm run triage -- FILE… [--json] [--fail-on-undocumented] [--catalogs DIR]…`: every error code in whole logs, explained.
// Reads: the catalogs (content/catalogs, or each --catalogs DIR) and the files, streamed in chunks so memory stays flat
// for a 1 GB log (UTF-8); stdin when no FILE is given or FILE is "-". Writes: the report to stdout, errors to stderr.
// --json prints POST /api/triage's JSON (lib/triage/api.ts apiResult): one object for one file, else
// {"files": [{"file", ...}]}. Exit 0; 1 with --fail-on-undocumented when an undocumented code was found; 2 on usage
// errors and unreadable files. --report-rss (for `npm run bench`) prints {"maxRssKb": …, "parts": N} (the most parts a file was cut into) to stderr at the end.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { loadCatalogDir } from "@/lib/catalog/load";
import { getCatalogs } from "@/lib/catalog/repository";
import type { Catalog } from "@/lib/catalog/schema";
import { apiResult } from "@/lib/triage/api";
import type { TriagePartial } from "@/lib/triage/aggregate";
import { mergeTriage } from "@/lib/triage/engine";
import { triageDataFromCatalogs } from "@/lib/triage/from-catalogs";
import { triageIndex, type TriageIndex } from "@/lib/triage/index-data";
import { fileParts, fileRange, triageStream } from "@/lib/triage/read-file";
import { textReport } from "@/lib/triage/report";
import type { TriageIndexData, TriageResult } from "@/lib/triage/types";

const USAGE = "usage: npm run triage -- FILE… [--json] [--fail-on-undocumented] [--catalogs DIR]… (FILE - or none: stdin)";

function usage(message: string): number {
  console.error(`triage: ${message}\n${USAGE}`);
  return 2;
}

/**
 * Files at least this big are triaged in parallel parts, one worker thread per core (up to MAX_PARTS).
 * ERRATA_TRIAGE_PARALLEL_BYTES lowers it, so a test can take the parallel path on a small file.
 */
const PARALLEL_BYTES = Number(process.env.ERRATA_TRIAGE_PARALLEL_BYTES ?? 32 << 20);
const MAX_PARTS = 4;

/** One file: streamed in one piece, or cut into parts triaged by worker threads and merged (the same result). */
async function triageFile(index: TriageIndex, data: TriageIndexData, file: string): Promise<{ result: TriageResult; parts: number }> {
  if (file === "-") return { result: (await triageStream(index, process.stdin)).end(), parts: 1 };
  const size = statSync(file).size;
  const parts = size >= PARALLEL_BYTES ? fileParts(file, size, Math.max(2, Math.min(availableParallelism(), MAX_PARTS))) : [];
  if (parts.length < 2) return { result: (await triageStream(index, fileRange(file))).end(), parts: 1 };
  const partials = await Promise.all(
    parts.map(
      ({ start, end }) =>
        new Promise<TriagePartial>((resolve, reject) => {
          const worker = new Worker(new URL("./triage-part.mjs", import.meta.url), { workerData: { file, start, end, data } });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`a triage worker stopped with code ${code}`)));
        }),
    ),
  );
  return { result: mergeTriage(index, partials), parts: parts.length };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        "fail-on-undocumented": { type: "boolean", default: false },
        catalogs: { type: "string", multiple: true },
        "report-rss": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const files = positionals.length ? positionals : ["-"];
  if (files.filter((f) => f === "-").length > 1) return usage('stdin ("-") can be read only once');
  for (const file of files) {
    if (file === "-") continue;
    try {
      if (!statSync(file).isFile()) return usage(`${file} is not a file`);
    } catch (e) {
      return usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  let catalogs: Catalog[];
  try {
    catalogs = values.catalogs?.length ? values.catalogs.flatMap((dir) => loadCatalogDir(path.resolve(dir))) : getCatalogs();
  } catch (e) {
    return usage(`--catalogs: ${(e as Error).message.split("\n")[0]}`);
  }
  const data = triageDataFromCatalogs(catalogs);
  const index = triageIndex(data);
  const names = Object.fromEntries(catalogs.map((c) => [c.slug, c.service.name]));
  const results: { file: string; result: TriageResult; parts: number }[] = [];
  for (const file of files) {
    try {
      results.push({ file, ...(await triageFile(index, data, file)) });
    } catch (e) {
      console.error(`triage: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return 2;
    }
  }
  if (values.json) {
    const out =
      results.length === 1 ? apiResult(results[0]!.result) : { files: results.map(({ file, result }) => ({ file, ...apiResult(result) })) };
    console.log(JSON.stringify(out, null, 2));
  } else {
    console.log(results.map(({ file, result }) => textReport(result, { file: file === "-" ? "stdin" : file, names })).join("\n\n"));
  }
  if (values["report-rss"])
    console.error(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, parts: Math.max(...results.map((r) => r.parts)) }));
  return values["fail-on-undocumented"] && results.some((r) => r.result.undocumented.length) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`triage: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
