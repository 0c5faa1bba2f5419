import { formats, type FormatId } from "../formats";
import { bodySchemas } from "../formats/schemas";

/** What a pasted error body says: the envelope it is in, the code it carries and its message. */
export interface BodyShape {
  format: FormatId;
  formatLabel: string;
  code: string;
  message?: string;
  /** True when the body matches the format's schema exactly (no extra or missing members). */
  exact: boolean;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
/** Text, or a number as its digits: numeric catalogs send `{"code": 21211}`. */
const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;

/** Each envelope by the members that give it away, most specific first. */
const SHAPES: { format: FormatId; read(body: Json): { code?: string; message?: string } | undefined }[] = [
  {
    format: "nested-error",
    read: (b) => (isObject(b.error) && str(b.error.code) ? { code: str(b.error.code), message: str(b.error.message) } : undefined),
  },
  { format: "flat-error-code", read: (b) => (str(b.error_code) ? { code: str(b.error_code), message: str(b.error) } : undefined) },
  {
    format: "detail-wrapper",
    read: (b) => (isObject(b.detail) && str(b.detail.code) ? { code: str(b.detail.code), message: str(b.detail.message) } : undefined),
  },
  {
    format: "rfc9457",
    read: (b) => (str(b.type) && typeof b.status === "number" && str(b.code) ? { code: str(b.code), message: str(b.detail) } : undefined),
  },
  {
    format: "code-title-message",
    read: (b) => (str(b.code) && str(b.title) && str(b.message) ? { code: str(b.code), message: str(b.message) } : undefined),
  },
  { format: "domain-reason", read: (b) => (str(b.code) ? { code: str(b.code), message: str(b.message) } : undefined) },
];

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

/** Identifies a pasted error response body; undefined when the text is not a JSON object carrying a code. */
export function identifyBody(text: string): BodyShape | undefined {
  if (!text.includes("{")) return undefined;
  const body = parseObject(text);
  if (!body) return undefined;
  for (const shape of SHAPES) {
    const found = shape.read(body);
    if (!found?.code) continue;
    const format = formats[shape.format];
    const result: BodyShape = {
      format: shape.format,
      formatLabel: format.label,
      code: found.code,
      exact: bodySchemas[shape.format].safeParse(body).success,
    };
    if (found.message) result.message = found.message;
    return result;
  }
  return undefined;
}
