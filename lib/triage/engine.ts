import { Aggregator, type TriagePartial } from "./aggregate";
import type { TriageIndex } from "./index-data";
import { Scanner } from "./scan";
import type { Triage, TriageResult } from "./types";

/**
 * The streaming engine: text arrives in chunks of any size, is cut into lines (LF or CRLF), and each line is read
 * (scan.ts). A line that opens a JSON object it does not close (`response body: {`, `{"error": {`) starts a multi-line
 * body: following lines are collected while they can continue JSON, until the object closes; it is then read as one
 * body that counts at the line where it starts (bodies nested deeper, such as a HAR file's, at the line holding their
 * code). When the lines turn out not to be JSON they are read one by one instead.
 *
 * Limits, so memory stays flat: a multi-line body may span MAX_BLOCK_LINES lines and MAX_BLOCK_CHARS characters,
 * except when the input itself starts with it (a single JSON or HAR document), which may take MAX_DOCUMENT_CHARS. A line
 * longer than MAX_LINE_CHARS is read in pieces of that size.
 */
export const MAX_BLOCK_LINES = 5_000;
export const MAX_BLOCK_CHARS = 1 << 20;
export const MAX_DOCUMENT_CHARS = 64 << 20;
export const MAX_LINE_CHARS = 64 << 20;

interface Block {
  start: number;
  lines: string[];
  chars: number;
  depth: number;
  document: boolean;
}

/**
 * Whether a line inside a pretty-printed JSON body can continue it. A line that cannot is where a log may be cut into
 * parts triaged apart (mergeTriage): no body spans it, and how it is read does not depend on the lines before it.
 */
export function continuesJson(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  if (i === line.length) return false;
  const c = line[i]!;
  if ('"{}[],:'.includes(c)) return true;
  if (c === "-" || (c >= "0" && c <= "9")) return /^\s*-?\d[\d.eE+-]*\s*[,\]}]*\s*$/.test(line);
  return /^\s*(?:true|false|null)\s*[,\]}]*\s*$/.test(line);
}

/** Where a line opens an object it leaves open and that looks like a JSON body's start; -1 otherwise. */
function blockOpener(line: string): number {
  // Cheap first: a line that opens a body ends with "{", "[", "," or ":".
  let e = line.length - 1;
  while (e >= 0 && (line.charCodeAt(e) === 32 || line.charCodeAt(e) === 9)) e--;
  const last = line.charCodeAt(e);
  if (last !== 123 && last !== 91 && last !== 44 && last !== 58) return -1;
  const open: number[] = [];
  let inString = false;
  for (let i = line.indexOf("{"); i >= 0 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) open.push(i);
    else if (c === 125) open.pop();
  }
  if (inString || !open.length) return -1;
  const at = open[0]!;
  return /^\{\s*(?:$|"(?:[^"\\]|\\.)*"\s*:)/.test(line.slice(at, at + 512)) ? at : -1;
}

/** Starts a triage over `index`; see types.ts for what the result holds. */
export function createTriage(index: TriageIndex): Triage {
  const agg = new Aggregator(index);
  let unitLine = 0;
  // In a multi-line body: its text, and how far `locate` has read it.
  let unitText: string | undefined;
  let cursor = 0;
  let cursorLine = 0;
  const locate = (needle: string, top: boolean): number => {
    if (unitText === undefined || top) return unitLine;
    const at = unitText.indexOf(needle, cursor);
    if (at < 0) return unitLine + cursorLine;
    for (let i = cursor; i < at; i++) if (unitText.charCodeAt(i) === 10) cursorLine++;
    cursor = at;
    return unitLine + cursorLine;
  };
  const scanner = new Scanner(index, {
    code: (ids, via, needle, top) => agg.code(ids, via, locate(needle, top)),
    undocumented: (r, top) => agg.undocumentedCode(r.code, r.catalogs, r.envelope, locate(r.code, top)),
    mark: (needle) => void locate(needle, false),
  });

  let rest = "";
  let lineCount = 0;
  let started = false;
  let block: Block | undefined;

  const single = (line: string, n: number) => {
    unitLine = n;
    scanner.text(line);
    agg.flush();
  };

  const line = (text: string, n: number): void => {
    if (block) return continueBlock(text, n);
    if (text.indexOf("{") < 0) {
      unitLine = n;
      scanner.tokens(text);
      return agg.flush();
    }
    const open = blockOpener(text);
    if (open < 0) return single(text, n);
    if (open > 0) single(text.slice(0, open), n);
    const head = text.slice(open);
    block = { start: n, lines: [head], chars: head.length, depth: 0, document: n === 1 && text.slice(0, open).trim() === "" };
    depthAfter(block, head);
  };

  /** Updates the block's depth over `text`; the index where it closes, or -1. */
  const depthAfter = (b: Block, text: string): number => {
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123) b.depth++;
      else if (c === 125 && --b.depth === 0) return i;
    }
    // JSON strings do not span lines: a line ending inside one is not JSON.
    return inString ? -2 : -1;
  };

  const continueBlock = (text: string, n: number): void => {
    const b = block!;
    if (!continuesJson(text)) {
      abandon();
      return line(text, n);
    }
    const close = depthAfter(b, text);
    if (close === -2) {
      abandon();
      return single(text, n);
    }
    if (close >= 0) {
      b.lines.push(text.slice(0, close + 1));
      finish();
      const after = text.slice(close + 1);
      if (after.trim()) line(after, n);
      return;
    }
    b.lines.push(text);
    b.chars += text.length + 1;
    if (b.chars > (b.document ? MAX_DOCUMENT_CHARS : MAX_BLOCK_CHARS) || (!b.document && b.lines.length > MAX_BLOCK_LINES)) abandon();
  };

  /** Not a body after all: its lines read one by one. */
  const abandon = () => {
    const b = block!;
    block = undefined;
    b.lines.forEach((l, k) => single(l, b.start + k));
  };

  const finish = () => {
    const b = block!;
    block = undefined;
    const text = b.lines.join("\n");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (typeof value !== "object" || value === null) {
      b.lines.forEach((l, k) => single(l, b.start + k));
      return;
    }
    unitLine = b.start;
    unitText = text;
    cursor = 0;
    cursorLine = 0;
    scanner.walk(value, undefined, text, true, 0);
    unitText = undefined;
    agg.flush();
  };

  // A line longer than MAX_LINE_CHARS is read in pieces, all with its number.
  let partial = false;
  const take = (text: string) => {
    if (!partial) lineCount++;
    partial = false;
    line(text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, lineCount);
  };

  const endInput = () => {
    if (rest.length) take(rest);
    rest = "";
    if (block) abandon();
  };

  return {
    push(chunk: string) {
      if (typeof chunk !== "string") throw new TypeError("triage.push: chunk must be a string");
      if (!started && chunk.length) {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      let nl = chunk.indexOf("\n");
      if (nl < 0) {
        rest += chunk;
        while (rest.length > MAX_LINE_CHARS) {
          if (!partial) lineCount++;
          partial = true;
          line(rest.slice(0, MAX_LINE_CHARS), lineCount);
          rest = rest.slice(MAX_LINE_CHARS);
        }
        return;
      }
      take(rest + chunk.slice(0, nl));
      rest = "";
      let from = nl + 1;
      nl = chunk.indexOf("\n", from);
      while (nl >= 0) {
        take(chunk.slice(from, nl));
        from = nl + 1;
        nl = chunk.indexOf("\n", from);
      }
      rest = chunk.slice(from);
    },
    end(): TriageResult {
      endInput();
      return agg.result(lineCount);
    },
    partial(): TriagePartial {
      endInput();
      return agg.partial(lineCount);
    },
  };
}

/**
 * The result of a whole log from the partials of its consecutive parts (each cut before a line that does not continue
 * JSON; see continuesJson), in order: the same result as triaging the whole at once.
 */
export function mergeTriage(index: TriageIndex, parts: readonly TriagePartial[]): TriageResult {
  const agg = new Aggregator(index);
  let shift = 0;
  for (const part of parts) {
    agg.absorb(part, shift);
    shift += part.lines;
  }
  return agg.result(shift);
}

/** Triage of a whole text at once. */
export function triageText(index: TriageIndex, text: string): TriageResult {
  if (typeof text !== "string") throw new TypeError("triageText: text must be a string");
  const t = createTriage(index);
  t.push(text);
  return t.end();
}
