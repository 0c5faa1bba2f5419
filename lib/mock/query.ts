import { envelopeById, envelopesFor } from "../formats";
import { canSendWithBody } from "../http-status";
import { RESERVED_PARAMETERS } from "../catalog/placeholders";
import {
  applicable,
  defaultInputs,
  detailsProblem,
  envelopeOf,
  requestIdProblem,
  statusProblem,
  timestampProblem,
  type MockTarget,
  type ResolvedInputs,
} from "./inputs";

export const MAX_QUERY_LENGTH = 4096;
export const MAX_VALUE_LENGTH = 1024;

export interface MockError {
  status: 400 | 404 | 405 | 414;
  error: string;
  /** The parameter at fault, or null when it is the whole request. */
  parameter: string | null;
}

export type ParseResult = { ok: true; inputs: ResolvedInputs } | { ok: false; error: MockError };

function bad(parameter: string | null, error: string, status: MockError["status"] = 400): ParseResult {
  return { ok: false, error: { status, error, parameter } };
}

/**
 * Reads a mock request's query string (without or with its leading "?") into resolved inputs.
 * Every refusal names the parameter: unknown, repeated, oversized, or an invalid value for this code and format.
 */
export function parseQuery(target: MockTarget, search: string): ParseResult {
  const raw = search.startsWith("?") ? search.slice(1) : search;
  if (raw.length > MAX_QUERY_LENGTH) return bad(null, `query string is longer than ${MAX_QUERY_LENGTH} characters`, 414);
  const params = new URLSearchParams(raw);
  const given = new Map<string, string>();
  const placeholders = new Set((target.entry.placeholders ?? []).map((p) => p.name));
  for (const [name, value] of params) {
    if (given.has(name)) return bad(name, `parameter "${name}" is given more than once`);
    if (value.length > MAX_VALUE_LENGTH) return bad(name, `parameter "${name}" is longer than ${MAX_VALUE_LENGTH} characters`, 414);
    if (!(RESERVED_PARAMETERS as readonly string[]).includes(name) && !placeholders.has(name)) {
      const known = [...RESERVED_PARAMETERS, ...placeholders].join(", ");
      return bad(name, `unknown parameter "${name}"; this code takes: ${known}`);
    }
    given.set(name, value);
  }

  const inputs = defaultInputs(target);
  const format = given.get("format");
  if (format !== undefined) {
    if (!envelopeById(target.envelope, format)) {
      return bad(
        "format",
        `format must be one of: ${envelopesFor(target.envelope)
          .map((e) => e.id)
          .join(", ")}`,
      );
    }
    inputs.format = format;
  }
  const mode = given.get("mode");
  if (mode !== undefined) {
    if (mode !== "development" && mode !== "production") return bad("mode", 'mode must be "development" or "production"');
    inputs.mode = mode;
  }
  const can = applicable(target, inputs.format, inputs.mode);
  const refuse = (name: string, why: string) => bad(name, `${name} ${why}`);
  if (mode !== undefined && !can.mode) return refuse("mode", `does not apply to the ${inputs.format} format`);

  const status = given.get("status");
  if (status !== undefined) {
    const problem = statusProblem(target.entry, status);
    if (problem) return refuse("status", problem);
    inputs.status = Number(status);
  }
  if (inputs.status === undefined) {
    return refuse(
      "status",
      `is required: ${target.entry.code} has no HTTP status of its own and the catalog sets no envelope.default_status; pass one from 100 to 599, e.g. ?status=400`,
    );
  }
  if (!canSendWithBody(inputs.status)) {
    return refuse(
      "status",
      `is ${inputs.status}, which no response can carry a body with (1xx, 204, 205 and 304 have none), so the mock cannot answer it${typeof target.entry.status === "number" ? "" : "; pass another, e.g. ?status=400"}`,
    );
  }
  const details = given.get("details");
  if (details !== undefined) {
    if (!can.details) return refuse("details", `does not apply here (${detailsWhere(target, inputs.format)})`);
    const problem = detailsProblem(details);
    if (problem) return refuse("details", problem);
    inputs.details = JSON.parse(details) as unknown;
  }
  const plain: [string, boolean, (v: string) => string | undefined, (v: string) => void][] = [
    ["timestamp", can.timestamp, timestampProblem, (v) => (inputs.timestamp = v)],
    ["request_id", can.requestId, requestIdProblem, (v) => (inputs.requestId = v)],
  ];
  for (const [name, applies, problemOf, set] of plain) {
    const value = given.get(name);
    if (value === undefined) continue;
    if (!applies) return refuse(name, `does not apply to the ${inputs.format} format`);
    const problem = problemOf(value);
    if (problem) return refuse(name, problem);
    set(value);
  }
  for (const name of placeholders) {
    const value = given.get(name);
    if (value !== undefined && !(RESERVED_PARAMETERS as readonly string[]).includes(name)) inputs.values[name] = value;
  }
  return { ok: true, inputs: { ...inputs, status: inputs.status } };
}

function detailsWhere(target: MockTarget, format: string): string {
  const kind = envelopeOf(target, format).inputs.details;
  if (kind === "validation") return "this format has details only for validation errors";
  if (kind === "development") return "this format has details only in development mode";
  return `the ${format} format has no details`;
}

/** Raw panel state: strings as typed, so the query can carry an invalid value and get the endpoint's own 400. */
export interface RawInputs {
  format: string;
  values: Record<string, string>;
  mode: string;
  details: string;
  timestamp: string;
  requestId: string;
  status: string;
}

/** The panel's inputs before anyone edits them: the defaults, as strings. */
export function defaultRaw(target: MockTarget): RawInputs {
  const d = defaultInputs(target);
  return {
    format: d.format,
    values: { ...d.values },
    mode: d.mode,
    details: JSON.stringify(d.details, null, 2),
    timestamp: d.timestamp,
    requestId: d.requestId,
    // Empty for a code without a status in a catalog without default_status: the endpoint's 400 asks for one.
    status: d.status === undefined ? "" : String(d.status),
  };
}

/** The parameters the endpoint takes for this code: its own, then its placeholders'. */
export function queryParameters(target: MockTarget): string[] {
  return [...new Set<string>([...RESERVED_PARAMETERS, ...(target.entry.placeholders ?? []).map((p) => p.name)])];
}

/**
 * The panel's inputs for a query, as typed strings and unchecked, so a shared link with a bad value shows the same
 * inline error the panel shows for it typed; toQuery gives the same query back. Parameters this code does not take
 * are left out (a page URL may carry others); the first of a repeated one counts.
 */
export function rawFromQuery(target: MockTarget, search: string): RawInputs {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const raw = defaultRaw(target);
  const get = (name: string) => params.get(name) ?? undefined;
  const details = get("details");
  return {
    format: get("format") ?? raw.format,
    values: Object.fromEntries(Object.entries(raw.values).map(([name, value]) => [name, get(name) ?? value])),
    mode: get("mode") ?? raw.mode,
    details: details === undefined ? raw.details : detailsProblem(details) ? details : JSON.stringify(JSON.parse(details), null, 2),
    timestamp: get("timestamp") ?? raw.timestamp,
    requestId: get("request_id") ?? raw.requestId,
    status: get("status") ?? raw.status,
  };
}

/**
 * The shortest query that asks the endpoint for these inputs: only parameters that apply and differ from the default,
 * in a fixed order. parseQuery(target, toQuery(target, x)) answers exactly what the panel shows for x.
 */
export function toQuery(target: MockTarget, raw: RawInputs): string {
  const d = defaultInputs(target);
  const params = new URLSearchParams();
  const format = envelopeById(target.envelope, raw.format) ? raw.format : d.format;
  if (raw.format !== d.format) params.set("format", raw.format);
  const mode = raw.mode === "production" ? "production" : "development";
  const can = applicable(target, format, mode);
  if (can.mode && raw.mode !== d.mode) params.set("mode", raw.mode);
  if (can.status && raw.status !== String(d.status)) params.set("status", raw.status);
  for (const p of target.entry.placeholders ?? []) {
    if ((RESERVED_PARAMETERS as readonly string[]).includes(p.name) || params.has(p.name)) continue;
    const value = Object.hasOwn(raw.values, p.name) ? raw.values[p.name] : undefined;
    if (value !== undefined && value !== d.values[p.name]) params.set(p.name, value);
  }
  if (can.details) {
    const compact = detailsProblem(raw.details) ? raw.details : JSON.stringify(JSON.parse(raw.details));
    if (compact !== JSON.stringify(d.details)) params.set("details", compact);
  }
  if (can.timestamp && raw.timestamp !== d.timestamp) params.set("timestamp", raw.timestamp);
  if (can.requestId && raw.requestId !== d.requestId) params.set("request_id", raw.requestId);
  return params.toString();
}
