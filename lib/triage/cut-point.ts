import { continuesJson } from "./engine";

/**
 * Where a log may be cut into parts triaged apart (in parallel) and merged (mergeTriage): the start of the first line
 * in `window` that follows a line break and cannot continue a JSON body, so no body spans the cut. `window` is text
 * read at some offset of the log; the answer is an index into it, or -1 when it holds no such line complete.
 */
export function cutPoint(window: string): number {
  let nl = window.indexOf("\n");
  while (nl >= 0) {
    const start = nl + 1;
    const end = window.indexOf("\n", start);
    if (end < 0) return -1;
    const line = window.slice(start, end).replace(/\r$/, "");
    if (!continuesJson(line) && line.trim() !== "") return start;
    nl = end;
  }
  return -1;
}
