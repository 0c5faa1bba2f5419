import type { Status } from "../catalog/schema";
import { child, toPointer } from "./pointer";
import { OPERATION_METHODS, routeText } from "./route";

/**
 * The error responses of an OpenAPI 3.0/3.1 document, walked once for both the importer and the drift report: every
 * operation's 4xx, 5xx, 4XX, 5XX and default responses, then the `components.responses` no operation uses, and in each
 * the JSON media types with their schema and examples, each with its JSON pointer.
 */

/** An operation, as a catalog writes its route: "POST /users/{id}". */
export interface SpecOperation {
  method: string;
  path: string;
  route: string;
  tags: string[];
  operationId?: string;
}

/** An example body: `example`, `examples[name].value`, with the `x-errata` facts an Errata export adds. */
export interface SpecExample {
  pointer: string;
  /** The key under `examples`; absent for a lone `example`. */
  name?: string;
  summary?: string;
  value: unknown;
  errata?: Record<string, unknown>;
}

export interface SpecMedia {
  pointer: string;
  mediaType: string;
  schema?: unknown;
  examples: SpecExample[];
}

export interface SpecResponse {
  pointer: string;
  /** The key under `responses` ("404", "4XX", "default"), or the name under `components.responses`. */
  key: string;
  /** The status the key gives: 404, "4xx", or undefined for `default` and for a component whose status is unknown. */
  status?: Status;
  /** False for a component response: its name says nothing sure about its status. */
  statusKnown: boolean;
  description?: string;
  operation?: SpecOperation;
  media: SpecMedia[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** "application/json", "application/problem+json", "application/json; charset=utf-8": bodies that are JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(";")[0]!.trim().toLowerCase();
  return base === "application/json" || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(base);
}

/** "404" → 404, "4XX" → "4xx", "default" → undefined; null for keys that are not errors (2xx, 3xx, nonsense). */
export function errorStatusOf(key: string): Status | undefined | null {
  if (key === "default") return undefined;
  if (/^[45]XX$/i.test(key)) return `${key[0]}xx`;
  if (/^[45]\d\d$/.test(key)) return Number(key);
  return null;
}

/** Follows a local `$ref` ("#/components/…") in a document that was not dereferenced; other values as they are. */
export function resolveLocal(doc: unknown, value: unknown, depth = 0): unknown {
  if (!isObject(value) || typeof value.$ref !== "string" || depth > 20) return value;
  const ref = value.$ref;
  if (!ref.startsWith("#")) return value;
  let at: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    if (ref === "#") break;
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    at = isObject(at) || Array.isArray(at) ? (at as Json)[token] : undefined;
  }
  return at === undefined ? value : resolveLocal(doc, at, depth + 1);
}

function examplesOf(doc: unknown, media: Json, pointer: string): SpecExample[] {
  const out: SpecExample[] = [];
  if (media.example !== undefined) out.push({ pointer: child(pointer, "example"), value: media.example });
  const examples = resolveLocal(doc, media.examples);
  if (isObject(examples)) {
    for (const [name, raw] of Object.entries(examples)) {
      const example = resolveLocal(doc, raw);
      if (!isObject(example) || example.value === undefined) continue;
      const errata = example["x-errata"];
      out.push({
        pointer: child(pointer, "examples", name),
        name,
        ...(typeof example.summary === "string" && example.summary.trim() ? { summary: example.summary.trim() } : {}),
        value: example.value,
        ...(isObject(errata) ? { errata } : {}),
      });
    }
  }
  return out;
}

function readResponse(doc: unknown, raw: unknown, pointer: string, key: string, operation?: SpecOperation): SpecResponse | undefined {
  const response = resolveLocal(doc, raw);
  if (!isObject(response)) return undefined;
  const status = operation ? errorStatusOf(key) : undefined;
  if (status === null) return undefined;
  const media: SpecMedia[] = [];
  const content = resolveLocal(doc, response.content);
  if (isObject(content)) {
    for (const [mediaType, value] of Object.entries(content)) {
      const m = resolveLocal(doc, value);
      if (!isJsonMediaType(mediaType) || !isObject(m)) continue;
      const at = child(pointer, "content", mediaType);
      media.push({
        pointer: at,
        mediaType,
        ...(m.schema !== undefined ? { schema: resolveLocal(doc, m.schema) } : {}),
        examples: examplesOf(doc, m, at),
      });
    }
  }
  return {
    pointer,
    key,
    ...(status !== undefined ? { status } : {}),
    statusKnown: operation !== undefined,
    ...(typeof response.description === "string" && response.description.trim() ? { description: response.description.trim() } : {}),
    ...(operation ? { operation } : {}),
    media,
  };
}

/** Every error response of the document, operations first (in document order), then unused component responses. */
export function errorResponses(doc: unknown): SpecResponse[] {
  const out: SpecResponse[] = [];
  const used = new Set<unknown>();
  const root = isObject(doc) ? doc : {};
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveLocal(doc, rawItem);
    if (!isObject(item)) continue;
    for (const method of OPERATION_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string" && t.trim() !== "") : [];
      const operation: SpecOperation = {
        method,
        path,
        route: routeText(method, path),
        tags,
        ...(typeof op.operationId === "string" ? { operationId: op.operationId } : {}),
      };
      const responses = isObject(op.responses) ? op.responses : {};
      for (const [key, raw] of Object.entries(responses)) {
        used.add(resolveLocal(doc, raw));
        const response = readResponse(doc, raw, toPointer(["paths", path, method, "responses", key]), key, operation);
        if (response) out.push(response);
      }
    }
  }
  const components = isObject(root.components) && isObject(root.components.responses) ? root.components.responses : {};
  for (const [name, raw] of Object.entries(components)) {
    if (used.has(resolveLocal(doc, raw))) continue;
    const response = readResponse(doc, raw, toPointer(["components", "responses", name]), name);
    if (response) out.push(response);
  }
  return out;
}
