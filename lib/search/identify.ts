import { BUILTIN_ENVELOPES, BUILTIN_IDS } from "../formats/builtin";
import { matchBody } from "../formats/match";
import type { TemplateNode } from "../formats/template";

/** An envelope a pasted body may be in: a built-in format, or a catalog's own template (format `catalog:{slug}`). */
export interface EnvelopeShape {
  format: string;
  label: string;
  template: TemplateNode;
  /** The envelope fills {{title}} for every code. */
  titleAlways?: boolean;
}

/** What a pasted error body says: the envelope it is in, the code it carries and its message. */
export interface BodyShape {
  format: string;
  formatLabel: string;
  code: string;
  message?: string;
  /** True when the body has exactly the envelope's shape (no extra or missing members). */
  exact: boolean;
}

export const BUILTIN_SHAPES: EnvelopeShape[] = BUILTIN_IDS.map((id) => {
  const e = BUILTIN_ENVELOPES[id];
  return { format: id, label: e.label, template: e.template, ...("titleFallback" in e ? { titleAlways: true } : {}) };
});

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The JSON object in a paste, also when a log line surrounds it. */
function parseObject(text: string): Json | undefined {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  for (const candidate of [text.trim(), text.slice(start, end + 1)]) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (isObject(value)) return value;
    } catch {
      // not JSON as a whole; try the braces' contents next
    }
  }
  return undefined;
}

/** Every reading of a pasted body, one per envelope that finds a code where it puts one: exact fits first, then closest. */
export function readBody(text: string, shapes: readonly EnvelopeShape[] = BUILTIN_SHAPES): BodyShape[] {
  if (!text.includes("{")) return [];
  const body = parseObject(text);
  return body ? readBodyValue(body, shapes) : [];
}

/** readBody of a body already parsed (a log's triage parses each object once). */
export function readBodyValue(body: Json, shapes: readonly EnvelopeShape[] = BUILTIN_SHAPES): BodyShape[] {
  const readings: (BodyShape & { fit: number })[] = [];
  for (const shape of shapes) {
    const m = matchBody(shape.template, body, shape.titleAlways);
    if (!m) continue;
    readings.push({
      format: shape.format,
      formatLabel: shape.label,
      code: m.code,
      exact: m.exact,
      fit: m.fit,
      ...(m.message ? { message: m.message } : {}),
    });
  }
  // A stable sort: among equal fits, the order given (built-in formats first) decides.
  readings.sort((a, b) => Number(b.exact) - Number(a.exact) || b.fit - a.fit);
  return readings.map(({ fit: _fit, ...shape }) => shape);
}

/**
 * Identifies a pasted error response body; undefined when the text is not a JSON object carrying a code. Where the
 * shape fits several envelopes, the first whose catalogs have the code (`known`) wins, else the closest fit.
 */
export function identifyBody(
  text: string,
  shapes?: readonly EnvelopeShape[],
  known?: (shape: BodyShape) => boolean,
): BodyShape | undefined {
  const readings = readBody(text, shapes);
  return (known && readings.find(known)) || readings[0];
}
