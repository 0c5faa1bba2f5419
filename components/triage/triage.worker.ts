/// <reference lib="webworker" />
// The triage worker: loads the catalogs from the search index files, scans a pasted or dropped log with the one
// triage engine (lib/triage), and keeps the log here for excerpts. Nothing leaves the browser.
import { MANIFEST_FILE, type Manifest } from "@/lib/search/manifest";
import type { ShardData } from "@/lib/search/records";
import { createTriage, triageIndex, type TriageIndex } from "@/lib/triage";
import { decodeShare, sharedResult } from "@/lib/triage/share";
import type { FromWorker, ToWorker } from "./protocol";

const BASE = "/search-index/";
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

let index: Promise<{ index: TriageIndex; names: Record<string, string> }> | undefined;
/** The last log, for excerpts: its text and where each line starts. */
let log: { text: string; starts: Uint32Array; count: number } = { text: "", starts: new Uint32Array([0]), count: 1 };

async function json<T>(file: string): Promise<T> {
  const response = await fetch(`${BASE}${file}`);
  if (!response.ok) throw new Error(`${BASE}${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function loadIndex(): Promise<{ index: TriageIndex; names: Record<string, string> }> {
  return (index ??= json<Manifest>(MANIFEST_FILE).then(async (manifest) => ({
    index: triageIndex(await Promise.all(manifest.shards.map((s) => json<ShardData>(s.file)))),
    names: Object.fromEntries(manifest.shards.map((s) => [s.slug, s.name])),
  })));
}

/** Line starts of `text`, for excerpts (a 25 MB log has a few hundred thousand lines). */
function lineStarts(text: string): { starts: Uint32Array; count: number } {
  let starts = new Uint32Array(1024);
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = i + 1;
  }
  return { starts, count };
}

async function triage(chunks: AsyncIterable<string> | Iterable<string>, total: number): Promise<void> {
  const began = performance.now();
  const { index, names } = await loadIndex();
  const engine = createTriage(index);
  const parts: string[] = [];
  let bytes = 0;
  let reported = 0;
  for await (const chunk of chunks) {
    engine.push(chunk);
    parts.push(chunk);
    bytes += chunk.length;
    if (bytes - reported > 1 << 20) {
      reported = bytes;
      post({ type: "progress", bytes, total });
    }
  }
  const result = engine.end();
  const text = parts.join("");
  log = { text, ...lineStarts(text) };
  post({ type: "result", result, names, bytes: total, ms: Math.round(performance.now() - began), shared: false });
}

async function* fileChunks(file: File): AsyncIterable<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

function excerpt(id: number, line: number, context: number): void {
  const first = Math.max(1, line - context);
  const last = Math.min(log.count, line + context);
  const lines: string[] = [];
  for (let n = first; n <= last; n++) {
    const start = log.starts[n - 1]!;
    const end = n < log.count ? log.starts[n]! - 1 : log.text.length;
    // A very long line (a minified body) is shown in part.
    lines.push(log.text.slice(start, Math.min(end, start + 2000)).replace(/\r$/, ""));
  }
  post({ type: "excerpt", id, first, lines });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = async () => {
    switch (message.type) {
      case "text":
        return triage([message.text], message.text.length);
      case "file":
        return triage(fileChunks(message.file), message.file.size);
      case "excerpt":
        return excerpt(message.id, message.line, message.context);
      case "shared": {
        const { index, names } = await loadIndex();
        const result = sharedResult(decodeShare(message.encoded), index);
        log = { text: "", starts: new Uint32Array([0]), count: 0 };
        return post({ type: "result", result, names, bytes: 0, ms: 0, shared: true });
      }
    }
  };
  run().catch((e: unknown) => post({ type: "error", message: e instanceof Error ? e.message : String(e) }));
};
