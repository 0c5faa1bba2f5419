// A worker thread of `npm run triage` (scripts/triage.ts) for one byte range of a big log.
// Reads: bytes start..end of the file, and the index data the main thread sends (no catalogs are loaded here).
// Writes: nothing; posts the range's partial result (lib/triage/aggregate.ts TriagePartial) to the main thread, which
// merges the parts in order.
import { parentPort, workerData } from "node:worker_threads";
import { triageIndex } from "@/lib/triage/index-data";
import { fileRange, triageStream } from "@/lib/triage/read-file";
import type { TriageIndexData } from "@/lib/triage/types";

const { file, start, end, data } = workerData as { file: string; start: number; end: number; data: TriageIndexData };
const engine = await triageStream(triageIndex(data), fileRange(file, start, end));
parentPort!.postMessage(engine.partial());
