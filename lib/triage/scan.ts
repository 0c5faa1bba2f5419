import { isCodeKey, scanTokens, type OnToken } from "./codes-in-text";
import { mayBeBody, readEnvelope, type BodyReading } from "./bodies";
import type { TriageIndex } from "./index-data";
import { messageAt } from "./messages";
import type { Via } from "./aggregate";

/**
 * Finding JSON bodies in text and reading them. Handles bodies inside log lines (after a prefix, several on one line),
 * JSON-encoded bodies inside JSON strings or quoted in text (`"{\"error\":{…}}"`), and any JSON document walked
 * value by value: a HAR file's entries[].response.content.text (base64 too) are strings holding bodies.
 * Multi-line bodies are put together line by line in engine.ts and read here as one text.
 */

/** Where a finding is reported: `needle` is text to look for when the unit spans several lines; `top` says it is the unit's own body. */
export interface ScanSink {
  code(ids: number[], via: Via, needle: string, top: boolean): void;
  undocumented(reading: Extract<BodyReading, { kind: "undocumented" }>, top: boolean): void;
  /** Text that comes next in the unit, for findings whose own text is not there as written (a base64 body). */
  mark(needle: string): void;
}

/** How deep JSON inside JSON strings, and objects inside objects, are followed. */
const MAX_TEXT_DEPTH = 6;
const MAX_OBJECT_DEPTH = 64;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Where the `{` at `open` closes, strings and their escapes respected; -1 when it does not close in `text`. */
export function closingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
}

/** Where the JSON string starting with the quote at `quote` ends; -1 when it does not. */
function closingQuote(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return -1;
}

/** Where an escaped object (`{\"a\":1}`, quotes escaped) closes: braces counted, strings not tracked. */
function closingEscaped(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
}

/** Reads bodies and codes for one index, reporting to a sink. */
export class Scanner {
  /** `"key"` for every key an envelope puts its code under: JSON with none of them in its text is no body. */
  private readonly quotedKeys: string[] | undefined;
  // The text being scanned for tokens, and what its anchors matched (fields, so no closure is made per line).
  private current = "";
  private tried: Set<number> | undefined;
  private matched: { ids: number[]; token: string; from: number; to: number }[] | undefined;
  private readonly onToken: OnToken;

  constructor(
    private readonly index: TriageIndex,
    private readonly sink: ScanSink,
  ) {
    this.quotedKeys = index.bodyKeys?.map((k) => JSON.stringify(k));
    this.onToken = (code, anchors, at, token) => {
      if (code) this.sink.code(code.ids, "code", token, false);
      if (!anchors) return;
      for (const m of anchors) {
        if (this.tried?.has(m)) continue;
        (this.tried ??= new Set()).add(m);
        const matcher = this.index.messages[m]!;
        const span = messageAt(matcher, this.current, at);
        if (span) (this.matched ??= []).push({ ids: matcher.ids, token, from: span[0], to: span[1] });
      }
    };
  }

  /** Codes and message anchors in plain text (no JSON in it). */
  tokens(text: string, contextKey?: string): void {
    this.current = text;
    this.tried = undefined;
    this.matched = undefined;
    scanTokens(this.index.table, text, this.onToken, contextKey);
    const matched = this.matched as { ids: number[]; token: string; from: number; to: number }[] | undefined;
    if (!matched) return;
    this.matched = undefined;
    // A message that is part of a longer one found at the same place ("…nested values." in "…nested values. Please…")
    // is that longer message, not a second code.
    for (const m of matched) {
      const inside = matched.some((o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from);
      if (!inside) this.sink.code(m.ids, "message", m.token, false);
    }
  }

  /** Text between `from` and `to` of `text`, scanned as plain text. */
  private plain(text: string, from: number, to: number, contextKey: string | undefined): void {
    if (to > from) this.tokens(from === 0 && to === text.length ? text : text.slice(from, to), from === 0 ? contextKey : undefined);
  }

  /**
   * A JSON object's text, parsed once: read as a body when it names a key some envelope puts its code under; otherwise,
   * or when it is no body, walked. Undefined when it is not JSON.
   */
  private object(span: string): { reading: BodyReading } | { value: Json } | undefined {
    const value = parse(span);
    if (!isObject(value)) return undefined;
    const keys = this.quotedKeys;
    if (!keys || keys.some((k) => span.includes(k))) {
      const reading = readEnvelope(this.index, value);
      if (reading) return { reading };
    }
    return { value };
  }

  private read(found: { reading: BodyReading } | { value: Json }, span: string, depth: number): void {
    if ("reading" in found) this.report(found.reading, depth === 0);
    else this.walk(found.value, undefined, span, depth === 0, depth, 0, true);
  }

  private report(reading: BodyReading, top: boolean): void {
    if (reading.kind === "found") this.sink.code(reading.ids, "body", reading.code, top);
    else this.sink.undocumented(reading, top);
  }

  /**
   * Text that may hold JSON: each object in it is read (as a body, or walked), the rest scanned as text. `contextKey` is
   * the JSON key whose value this text is, if any.
   */
  text(text: string, contextKey?: string, depth = 0): void {
    let i = text.indexOf("{");
    if (i < 0) return this.tokens(text, contextKey);
    let pos = 0;
    // Brace matching from every "{" could be quadratic on a line of unmatched braces: bound the work.
    let budget = 4 * text.length + 4096;
    while (i >= 0 && budget > 0) {
      // A body quoted as a JSON string in text: "{\"error\":{…}}".
      if (i > 0 && text.charCodeAt(i - 1) === 34 && text.charCodeAt(i + 1) === 92 && depth < MAX_TEXT_DEPTH) {
        const end = closingQuote(text, i - 1);
        budget -= end < 0 ? text.length - i : end - i;
        const inner = end < 0 ? undefined : parse(text.slice(i - 1, end + 1));
        if (typeof inner === "string" && inner.includes("{")) {
          this.plain(text, pos, i - 1, contextKey);
          this.text(inner, undefined, depth + 1);
          pos = end + 1;
          i = text.indexOf("{", pos);
          continue;
        }
      }
      // An escaped body with no quotes around it, as a JSON string's value holds it once decoded: {\"error\":…}.
      if (text.charCodeAt(i + 1) === 92 && depth < MAX_TEXT_DEPTH) {
        const end = closingEscaped(text, i);
        budget -= end < 0 ? text.length - i : end - i;
        const inner = end < 0 ? undefined : parse(`"${text.slice(i, end + 1)}"`);
        const found = typeof inner === "string" ? this.object(inner) : undefined;
        if (found) {
          this.plain(text, pos, i, contextKey);
          this.read(found, inner as string, depth + 1);
          pos = end + 1;
          i = text.indexOf("{", pos);
          continue;
        }
      }
      const close = closingBrace(text, i);
      budget -= close < 0 ? text.length - i : close - i;
      if (close > 0) {
        const span = text.slice(i, close + 1);
        const found = this.object(span);
        if (found) {
          // In order: the text before the object, then the object.
          this.plain(text, pos, i, contextKey);
          this.read(found, span, depth);
          pos = close + 1;
          i = text.indexOf("{", pos);
          continue;
        }
      }
      i = text.indexOf("{", i + 1);
    }
    this.plain(text, pos, text.length, contextKey);
  }

  /**
   * A parsed JSON value: an object some envelope reads a code from is a body (and is not looked into further);
   * otherwise its members are walked, strings scanned as text with their key as context. `source` is the object's
   * own text when known, saving a JSON.stringify.
   */
  walk(value: unknown, key: string | undefined, source: string | undefined, top: boolean, depth: number, level = 0, read = false): void {
    if (level > MAX_OBJECT_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) this.member(item, key, depth, level);
      return;
    }
    if (!isObject(value)) return this.member(value, key, depth, level);
    if (!read && mayBeBody(this.index, value)) {
      const reading = readEnvelope(this.index, value);
      if (reading) return this.report(reading, top);
    }
    // A HAR response with its body base64-encoded.
    const base64 = value.encoding === "base64" && typeof value.text === "string" ? decodeBase64(value.text) : undefined;
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      if (base64 !== undefined && k === "text") {
        this.sink.mark((value.text as string).slice(0, 64));
        this.member(base64, k, depth, level);
      } else this.member(value[k], k, depth, level);
    }
  }

  private member(value: unknown, key: string | undefined, depth: number, level: number): void {
    if (typeof value === "string") {
      if (value.includes("{") && depth < MAX_TEXT_DEPTH) this.text(value, key, depth + 1);
      else this.tokens(value, key);
    } else if (typeof value === "number") {
      // A number is a code only as the value of a key naming one ("code": 1002, "error_codes": [50126]).
      const entry = key !== undefined && isCodeKey(key) ? this.index.table.tokens.get(String(value))?.code : undefined;
      if (entry) this.sink.code(entry.ids, "code", String(value), false);
    } else if (typeof value === "object" && value !== null) {
      this.walk(value, key, undefined, false, depth, level + 1);
    }
  }
}

function decodeBase64(text: string): string | undefined {
  try {
    const binary = atob(text.replace(/\s+/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}
