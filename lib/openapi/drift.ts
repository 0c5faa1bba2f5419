import type { Catalog, Status } from "../catalog/schema";
import { normalizeCode as normalizeSpelling } from "../catalog/normalize";
import { catalogEnvelope } from "../formats";
import { catalogFacts } from "../formats/catalog-schema";
import { envelopeBodySchema } from "../formats/json-schema";
import { matchBody, readSlot } from "../formats/match";
import { schemaValidator } from "../formats/validate";
import {
  codeFromText,
  codeText,
  enumCodes,
  findCodePath,
  findSchemaCodePath,
  isAboutBlank,
  uriPrefixOf,
  valueAt,
  type PathToken,
} from "./code-path";
import { errorResponses, type SpecExample, type SpecResponse } from "./responses";
import { parseRoute, routeText } from "./route";

/**
 * How a spec and a catalog disagree: codes the spec returns that the catalog lacks, catalog codes the spec does not
 * return where the catalog says they come from, statuses that differ, and example bodies that do not fit the catalog's
 * envelope. Each finding carries the JSON pointer in the spec to look at.
 */
export interface DriftReport {
  catalog: string;
  missing: { code: string; status?: Status; route?: string; pointer: string }[];
  unreturned: { code: string; route: string; reason: "operation absent" | "not returned" }[];
  statusMismatches: { code: string; catalog: Status | null; spec: Status | null; pointer: string }[];
  envelope: { pointer: string; problem: string }[];
}

/** One code the spec returns: from an example body or an enum, at an operation or not. */
export interface SpecCode {
  code: string;
  status?: Status;
  statusKnown: boolean;
  response: SpecResponse;
  pointer: string;
  fromExample: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const bodyPointer = (e: SpecExample) => (e.name === undefined ? e.pointer : `${e.pointer}/value`);
/** Path templates compare by shape: /users/{id} is /users/{userId}. */
const pathShape = (path: string) => path.replace(/\{[^{}]*\}/g, "{}");

/**
 * Every code the spec returns, read through the catalog's envelope when one is given (and otherwise, or where the body
 * does not fit it, from x-errata or the code's place found in the bodies); then the codes its enums list.
 */
export function specCodes(doc: unknown, catalog?: Catalog): SpecCode[] {
  const responses = errorResponses(doc);
  const template = catalog ? catalogEnvelope(catalog).template : undefined;
  const examples = responses.flatMap((response) =>
    response.media.flatMap((m) =>
      m.examples.filter((e) => isObject(e.value) || Array.isArray(e.value)).map((example) => ({ response, example })),
    ),
  );
  let codePath: PathToken[] | undefined = findCodePath(examples.map((e) => ({ body: e.example.value })));
  if (!codePath && !examples.length) {
    for (const m of responses.flatMap((r) => r.media)) codePath ??= findSchemaCodePath(m.schema);
  }
  // Codes that are the last segment of URIs (`"type": "https://x.example/errors/not-found"`) are read as the importer
  // reads them: what follows the prefix the URIs share; `about:blank` and bare codes among URIs are no codes.
  const uriPrefix = codePath ? uriPrefixOf(examples.map((e) => valueAt(e.example.value, codePath!))) : undefined;
  const readCode = (body: unknown) => {
    const text = codePath ? codeText(valueAt(body, codePath)) : undefined;
    const read = text === undefined ? undefined : codeFromText(text, uriPrefix);
    return read && "code" in read ? read.code : undefined;
  };
  const slotCode = (body: unknown) => {
    const code = template ? readSlot(template, body, "code")?.trim() : undefined;
    return code && !isAboutBlank(code) ? code : undefined;
  };
  const out: SpecCode[] = [];
  for (const { response, example } of examples) {
    const errata = example.errata;
    const code = (typeof errata?.code === "string" ? errata.code : undefined) ?? slotCode(example.value) ?? readCode(example.value);
    if (!code) continue;
    const errataStatus = errata && Object.hasOwn(errata, "status") ? ((errata.status ?? undefined) as Status | undefined) : undefined;
    const statusKnown = response.statusKnown || (errata !== undefined && Object.hasOwn(errata, "status"));
    const status = response.statusKnown ? response.status : errataStatus;
    out.push({
      code,
      ...(status !== undefined ? { status } : {}),
      statusKnown,
      response,
      pointer: bodyPointer(example),
      fromExample: true,
    });
  }
  // The catalog's envelope says where its codes are; a code-like property found in the schemas is only a guess.
  const place = (template ? templateCodePath(template) : undefined) ?? (codePath ? { path: codePath } : undefined);
  if (place) {
    // Many responses share one schema: its enum is read once, as the importer reads it, with the template's URI prefix,
    // else the one the examples' URIs share, else (no examples) the one the enum's URIs share.
    const enums = new Map<unknown, ReturnType<typeof enumCodes>>();
    for (const m of responses.flatMap((r) => r.media)) if (!enums.has(m.schema)) enums.set(m.schema, enumCodes(m.schema, place.path));
    const prefix =
      place.prefix ?? (template ? undefined : examples.length ? uriPrefix : uriPrefixOf([...enums.values()].flat().map((c) => c.code)));
    const listed = new Map<unknown, string[]>();
    for (const [schema, values] of enums) {
      listed.set(
        schema,
        values.flatMap(({ code }) => {
          const read = codeFromText(code, prefix);
          return "code" in read ? [read.code] : [];
        }),
      );
    }
    for (const response of responses) {
      for (const m of response.media) {
        const codes = listed.get(m.schema)!;
        for (const code of codes) {
          out.push({
            code,
            ...(response.status !== undefined ? { status: response.status } : {}),
            statusKnown: response.statusKnown,
            response,
            pointer: `${m.pointer}/schema`,
            fromExample: false,
          });
        }
      }
    }
  }
  return out;
}

/**
 * Where a template puts a whole-value {{code}}, or text that is a prefix and {{code}} (`"https://x.example/errors/{{code}}"`),
 * as a path and that prefix (for finding the code's enum in a schema).
 */
function templateCodePath(template: ReturnType<typeof catalogEnvelope>["template"]): { path: PathToken[]; prefix?: string } | undefined {
  type Place = { path: PathToken[]; prefix?: string };
  const walk = (node: typeof template, path: PathToken[]): Place | undefined => {
    if (node.kind === "slot") return node.slot.name === "code" ? { path } : undefined;
    if (node.kind === "text") {
      const [prefix, slot, ...rest] = node.parts;
      return typeof prefix === "string" && typeof slot === "object" && slot.name === "code" && !rest.length ? { path, prefix } : undefined;
    }
    if (node.kind === "object") {
      for (const [k, c] of node.entries) {
        const found = walk(c, [...path, k]);
        if (found) return found;
      }
    }
    if (node.kind === "array") {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i]!, [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(template, []);
}

const same = (a: Status | undefined, b: Status | undefined) => String(a ?? "") === String(b ?? "");

/** Compares a dereferenced OpenAPI document with one catalog. */
export function driftReport(doc: unknown, catalog: Catalog): DriftReport {
  const codes = specCodes(doc, catalog);
  // A schema that every response shares lists each code once per response: each is normalized once.
  const normalized = new Map<string, string>();
  const normalizeCode = (code: string) => {
    let key = normalized.get(code);
    if (key === undefined) normalized.set(code, (key = normalizeSpelling(code)));
    return key;
  };
  const byKey = new Map(catalog.errors.map((e) => [normalizeCode(e.code), e]));
  const report: DriftReport = { catalog: catalog.slug, missing: [], unreturned: [], statusMismatches: [], envelope: [] };

  const reported = new Set<string>();
  for (const c of codes) {
    const key = normalizeCode(c.code);
    const entry = byKey.get(key);
    if (!entry) {
      if (reported.has(key)) continue;
      reported.add(key);
      report.missing.push({
        code: c.code,
        ...(c.status !== undefined ? { status: c.status } : {}),
        ...(c.response.operation ? { route: c.response.operation.route } : {}),
        pointer: c.pointer,
      });
      continue;
    }
    if (c.fromExample && c.statusKnown && !same(c.status, entry.status)) {
      report.statusMismatches.push({ code: entry.code, catalog: entry.status ?? null, spec: c.status ?? null, pointer: c.pointer });
    }
  }

  // Catalog codes with a route: is the operation there, and does it return them?
  const operations = new Map<string, Set<string>>();
  for (const r of errorResponses(doc)) {
    if (r.operation) operations.set(routeText(r.operation.method, pathShape(r.operation.path)), new Set());
  }
  const paths = isObject(doc) && isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of Object.keys(item)) {
      const key = routeText(method, pathShape(path));
      if (!operations.has(key) && isObject(item[method])) operations.set(key, new Set());
    }
  }
  for (const c of codes) {
    const op = c.response.operation;
    if (op) operations.get(routeText(op.method, pathShape(op.path)))?.add(normalizeCode(c.code));
  }
  for (const entry of catalog.errors) {
    const parsed = entry.route ? parseRoute(entry.route) : undefined;
    if (!parsed) continue;
    const returned = operations.get(routeText(parsed.method, pathShape(parsed.path)));
    if (!returned) report.unreturned.push({ code: entry.code, route: entry.route!, reason: "operation absent" });
    else if (!returned.has(normalizeCode(entry.code)))
      report.unreturned.push({ code: entry.code, route: entry.route!, reason: "not returned" });
  }

  // Example bodies that do not have the envelope's shape. The code itself is judged above, not here.
  const envelope = catalogEnvelope(catalog);
  const { codes: _codes, ...facts } = catalogFacts(catalog);
  const validate = schemaValidator(envelopeBodySchema(envelope, facts));
  for (const r of errorResponses(doc)) {
    for (const m of r.media) {
      for (const e of m.examples) {
        const pointer = bodyPointer(e);
        const match = matchBody(envelope.template, e.value, envelope.titleFallback !== undefined);
        const problems = validate(e.value);
        if (!match) {
          report.envelope.push({
            pointer,
            problem: `the code is not where the catalog's envelope puts it${problems.length ? `: ${problems.slice(0, 3).join("; ")}` : ""}`,
          });
        } else if (problems.length || !match.exact) {
          report.envelope.push({
            pointer,
            problem: problems.length ? problems.slice(0, 3).join("; ") : "does not have the envelope's shape",
          });
        }
      }
    }
  }
  return report;
}

export function driftCount(report: DriftReport): number {
  return report.missing.length + report.unreturned.length + report.statusMismatches.length + report.envelope.length;
}

export function hasDrift(report: DriftReport): boolean {
  return driftCount(report) > 0;
}

const statusLabel = (s: Status | null | undefined) => (s === undefined || s === null ? "no status" : String(s));

/** The report as plain text, one finding a line, grouped by kind; `file` prefixes pointers (spec.yaml#/paths/…). */
export function formatDrift(report: DriftReport, file = ""): string {
  const at = (pointer: string) => `${file}#${pointer}`;
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push("", `${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
  };
  section(
    `In the spec, not in the catalog`,
    report.missing.map((m) => `${m.code}  ${statusLabel(m.status)}${m.route ? `  ${m.route}` : ""}  ${at(m.pointer)}`),
  );
  section(
    "In the catalog, not returned by the spec",
    report.unreturned.map(
      (u) =>
        `${u.code}  ${u.route}: ${u.reason === "operation absent" ? "the spec has no such operation" : "the operation does not return it"}`,
    ),
  );
  section(
    "Statuses that differ",
    report.statusMismatches.map((s) => `${s.code}  catalog ${statusLabel(s.catalog)}, spec ${statusLabel(s.spec)}  ${at(s.pointer)}`),
  );
  section(
    "Example bodies that do not fit the catalog's envelope",
    report.envelope.map((e) => `${at(e.pointer)}: ${e.problem}`),
  );
  const count = driftCount(report);
  const head = count
    ? `${count} difference${count === 1 ? "" : "s"} between the spec and catalog ${report.catalog}:`
    : `No drift: the spec and catalog ${report.catalog} agree.`;
  return [head, ...lines].join("\n");
}
