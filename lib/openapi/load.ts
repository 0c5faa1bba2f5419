import { readFileSync } from "node:fs";
import path from "node:path";
import { $RefParser, type JSONParserError } from "@apidevtools/json-schema-ref-parser";
import { LineCounter, parseDocument } from "yaml";
import { toPointer } from "./pointer";

/** Something wrong with a spec, at a JSON pointer into it (or into a file it refers to, as `file.yaml#/pointer`). */
export interface SpecProblem {
  pointer: string;
  message: string;
}

export interface LoadedSpec {
  /**
   * The spec with every `$ref` the error responses reach replaced by what it points to (circular schemas stay circular
   * objects). Parts no error response needs (request bodies, parameters, success responses, component schemas no error
   * response uses) keep their `$ref`s: a large spec loads in seconds, and a deep schema of a 200 response cannot stop it.
   */
  doc?: unknown;
  problems: SpecProblem[];
}

/** Specs larger than this are refused before parsing; the largest public specs are a few tens of MB. */
export const MAX_SPEC_BYTES = 64 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Why a parsed document is not an OpenAPI 3.0 or 3.1 document, or undefined when it is one. */
export function notOpenApi(doc: unknown): SpecProblem | undefined {
  if (!isObject(doc)) return { pointer: "", message: "is not an OpenAPI document: expected an object with an openapi field" };
  const version = doc.openapi;
  if (version === undefined) {
    const swagger = doc.swagger !== undefined ? ` (swagger ${String(doc.swagger)} is OpenAPI 2.0; convert it to 3.x first)` : "";
    return { pointer: "", message: `is not an OpenAPI document: it has no openapi field${swagger}` };
  }
  if (typeof version !== "string" || !/^3\.[01]\.\d+(?:-[\w.]+)?$/.test(version)) {
    return { pointer: "/openapi", message: `must be an OpenAPI version 3.0.x or 3.1.x, not ${JSON.stringify(version)}` };
  }
  if (doc.paths !== undefined && !isObject(doc.paths)) return { pointer: "/paths", message: "must be an object of paths" };
  if (doc.components !== undefined && !isObject(doc.components)) return { pointer: "/components", message: "must be an object" };
  return undefined;
}

/**
 * A YAML or JSON text as data; throws with the line of the first syntax error. JSON goes through JSON.parse first: the
 * YAML parser takes many seconds over a spec of several MB (a duplicated key then keeps its last value, as JSON.parse
 * does); only JSON that does not parse is read again as YAML, for the line of its error.
 */
function parseText(text: string): unknown {
  if (/^\s*\{/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // YAML says where.
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new Error(`line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split("\n")[0]}`);
  return doc.toJS({ maxAliasCount: 1000 });
}

const ERROR_KEY = /^(?:[45]\d\d|[45]XX|default)$/i;
const OPERATION_KEYS = new Set(["responses", "tags", "operationId", "summary", "description"]);
const COMPONENT_KEYS = new Set(["responses", "examples"]);

/**
 * Whether ref-parser should leave a place of the document as it is: true for everything but the error responses of
 * operations (and the components they use, which are dereferenced where they are used). `at` is `file#/json/pointer`.
 */
export function notNeeded(at: string): boolean {
  const hash = at.indexOf("#");
  if (hash < 0) return false;
  const tokens = at
    .slice(hash + 2)
    .split("/")
    .map((t) => {
      try {
        return decodeURIComponent(t).replace(/~1/g, "/").replace(/~0/g, "~");
      } catch {
        return t;
      }
    });
  if (at.length <= hash + 1 || tokens[0] === "") return false;
  const [top, , second, third, fourth] = tokens;
  if (top === "paths") {
    // paths / {path} / {method} / responses / {status}
    if (tokens.length === 3) return second === "parameters" || second === "servers";
    if (tokens.length === 4) return !OPERATION_KEYS.has(third!);
    if (tokens.length === 5 && third === "responses") return !ERROR_KEY.test(fourth!);
    if (tokens.length === 6 && third === "responses") return tokens[5] === "headers" || tokens[5] === "links";
    return false;
  }
  if (top === "components") return tokens.length === 2 && !COMPONENT_KEYS.has(tokens[1]!);
  return top !== "openapi" && top !== "info";
}

/** Messages stay readable: a pointer thousands of tokens deep is cut. */
const shorten = (message: string) => (message.length > 400 ? `${message.slice(0, 200)} … ${message.slice(-120)}` : message);

/** A ref-parser error as a problem: where the broken `$ref` is, and what is wrong with it. */
function refProblem(error: JSONParserError, file: string): SpecProblem {
  const at = error.path ? toPointer(error.path) : "";
  const source = error.source ? path.resolve(error.source) : "";
  const where = source && source !== path.resolve(file) ? ` (in ${path.basename(source)})` : "";
  // Paths relative to the spec's directory: messages name files as the spec's $refs do, never where the disk keeps them.
  const message = error.message
    .replace(/\s+/g, " ")
    .split(`${path.dirname(path.resolve(file))}${path.sep}`)
    .join("")
    .trim();
  return { pointer: at, message: `cannot resolve $ref${where}: ${shorten(message)}` };
}

/**
 * Reads an OpenAPI 3.0 or 3.1 spec (JSON or YAML) and dereferences its `$ref`s, local ones and those into files next
 * to it. Never fetches URLs. Problems say where (a JSON pointer) and what; `doc` is absent when there are any.
 */
export async function loadOpenApi(file: string): Promise<LoadedSpec> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { problems: [{ pointer: "", message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }] };
  }
  if (Buffer.byteLength(text, "utf8") > MAX_SPEC_BYTES) {
    return { problems: [{ pointer: "", message: `the file is larger than ${MAX_SPEC_BYTES} bytes` }] };
  }
  let data: unknown;
  try {
    data = parseText(text);
  } catch (e) {
    return { problems: [{ pointer: "", message: `is not valid JSON or YAML: ${(e as Error).message}` }] };
  }
  return dereferenceOpenApi(data, file);
}

/**
 * An OpenAPI document already parsed, with its `$ref`s replaced: local ones, and those into files next to `file` (the
 * path it was read from; a made-up name in that directory for a document built in memory). Never fetches URLs.
 */
export async function dereferenceOpenApi(data: unknown, file: string): Promise<LoadedSpec> {
  const wrong = notOpenApi(data);
  if (wrong) return { problems: [wrong] };
  try {
    const doc = await $RefParser.dereference(path.resolve(file), data as object, {
      continueOnError: true,
      resolve: { http: false },
      dereference: { circular: true, excludedPathMatcher: notNeeded },
    });
    return { doc, problems: [] };
  } catch (e) {
    const errors = (e as { errors?: JSONParserError[] }).errors;
    if (Array.isArray(errors) && errors.length) {
      const problems = errors.map((err) => refProblem(err, file));
      return { problems: problems.sort((a, b) => a.pointer.localeCompare(b.pointer)) };
    }
    return { problems: [{ pointer: "", message: `cannot resolve $refs: ${shorten((e as Error).message)}` }] };
  }
}
