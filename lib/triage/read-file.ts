// Server and CLI only (node:fs): reading logs from files and streams for the triage engine.
import { isAscii } from "node:buffer";
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { cutPoint } from "./cut-point";
import { createTriage } from "./engine";
import type { TriageIndex } from "./index-data";
import type { Triage } from "./types";

/** Text of a byte stream: ASCII chunks as they are (the fast path), others decoded as UTF-8 (split characters kept). */
export async function* utf8Chunks(stream: AsyncIterable<Buffer>): AsyncIterable<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = false;
  for await (const buf of stream) {
    if (!pending && isAscii(buf)) {
      yield buf.toString("latin1");
      continue;
    }
    const text = decoder.decode(buf, { stream: true });
    // Bytes of a character split across chunks wait in the decoder; ASCII after them must go through it too.
    pending = (buf[buf.length - 1]! & 0x80) !== 0;
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** A stream fed to a new triage; the caller ends it (end) or hands it on (partial). */
export async function triageStream(index: TriageIndex, stream: AsyncIterable<Buffer>): Promise<Triage> {
  const engine = createTriage(index);
  for await (const chunk of utf8Chunks(stream)) engine.push(chunk);
  return engine;
}

/** Bytes start..end (exclusive) of a file, as a stream in 1 MiB chunks. */
export function fileRange(file: string, start = 0, end?: number): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: 1 << 20, start, ...(end !== undefined ? { end: end - 1 } : {}) });
}

/** How far past each even cut the reader looks for a safe one (see cutPoint); a part with none is not cut. */
const WINDOW = 1 << 20;

/**
 * Byte ranges that cut a file of `size` bytes into about `count` parts triaged apart and merged (mergeTriage): each cut
 * is at the start of a line that cannot continue a JSON body, so the merged result is the whole file's. Fewer parts
 * when no such line is near an even cut (a single JSON or HAR document is never cut).
 */
export function fileParts(file: string, size: number, count: number): { start: number; end: number }[] {
  const cuts: number[] = [];
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(WINDOW);
    for (let k = 1; k < count; k++) {
      const target = Math.floor((size * k) / count);
      if (target <= (cuts.at(-1) ?? 0)) continue;
      const read = readSync(fd, buf, 0, WINDOW, target);
      // Line breaks are single bytes in UTF-8 and latin1 alike, and a line of other bytes never continues JSON.
      const at = cutPoint(buf.toString("latin1", 0, read));
      if (at >= 0) cuts.push(target + at);
    }
  } finally {
    closeSync(fd);
  }
  const bounds = [0, ...cuts, size];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end }));
}
