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
  /** The spec with every `$ref` replaced by what it points to; circular schemas stay circular objects. */
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

/** A YAML or JSON text as data; throws with the line of the first syntax error. */
function parseText(text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new Error(`line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split("\n")[0]}`);
  return doc.toJS({ maxAliasCount: 1000 });
}

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
  return { pointer: at, message: `cannot resolve $ref${where}: ${message}` };
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
      dereference: { circular: true },
    });
    return { doc, problems: [] };
  } catch (e) {
    const errors = (e as { errors?: JSONParserError[] }).errors;
    if (Array.isArray(errors) && errors.length) {
      const problems = errors.map((err) => refProblem(err, file));
      return { problems: problems.sort((a, b) => a.pointer.localeCompare(b.pointer)) };
    }
    return { problems: [{ pointer: "", message: `cannot resolve $refs: ${(e as Error).message}` }] };
  }
}
