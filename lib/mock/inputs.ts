import { EXAMPLE_DETAILS, envelopeById, type BodyEntry, type Envelope } from "../formats";
import { DEFAULT_REQUEST_ID, DEFAULT_TIMESTAMP } from "../formats/types";
import { concreteStatus } from "../http-status";

/** What the mock endpoint and the Try it panel answer for: one code of one catalog. */
export interface MockTarget {
  catalog: string;
  /** The catalog's own envelope, the default; the built-in formats are the other choices. */
  envelope: Envelope;
  entry: BodyEntry;
  /** The catalog's envelope.default_status: what a code without a status of its own answers unless ?status= says. */
  defaultStatus?: number;
}

export type Mode = "development" | "production";

/** Every input of a response, resolved: nothing left to default. */
export interface MockInputs {
  /** The id of the envelope answered in (see envelopesFor). */
  format: string;
  values: Record<string, string>;
  mode: Mode;
  details: unknown;
  timestamp: string;
  requestId: string;
  /** Undefined only for a code without a status in a catalog without a default_status, until ?status= gives one. */
  status: number | undefined;
}

/** Inputs the endpoint can answer with: every one resolved, the status included. */
export type ResolvedInputs = MockInputs & { status: number };

/** Which inputs change the body (or status) for this code in this format and mode. */
export interface Applicable {
  mode: boolean;
  details: boolean;
  timestamp: boolean;
  requestId: boolean;
  /** Only codes documented as a status class ("5xx"), or without a status, can pick one. */
  status: boolean;
}

/** The envelope a format id names for this target; an unknown id falls back to the catalog's own. */
export function envelopeOf(target: MockTarget, format: string): Envelope {
  return envelopeById(target.envelope, format) ?? target.envelope;
}

export function applicable(target: MockTarget, format: string, mode: Mode): Applicable {
  const f = envelopeOf(target, format).inputs;
  const details =
    f.details === "validation" ? Boolean(target.entry.validation) : f.details === "development" ? mode === "development" : false;
  return { mode: f.mode, details, timestamp: f.timestamp, requestId: f.requestId, status: typeof target.entry.status !== "number" };
}

export function defaultDetails(entry: MockTarget["entry"]): unknown {
  return entry.validation ? EXAMPLE_DETAILS : { code: entry.code };
}

export function defaultInputs(target: MockTarget): MockInputs {
  const values: Record<string, string> = {};
  for (const p of target.entry.placeholders ?? []) if (!Object.hasOwn(values, p.name)) values[p.name] = p.example;
  return {
    format: target.envelope.id,
    values,
    mode: "development",
    details: defaultDetails(target.entry),
    timestamp: DEFAULT_TIMESTAMP,
    requestId: DEFAULT_REQUEST_ID,
    status: concreteStatus(target.entry.status) ?? target.defaultStatus,
  };
}

/** The defaults as the endpoint answers them, for a code whose status is known; throws for one that needs ?status=. */
export function resolvedDefaults(target: MockTarget): ResolvedInputs {
  const inputs = defaultInputs(target);
  if (inputs.status === undefined) throw new Error(`${target.entry.code} has no status to answer with; pass ?status=`);
  return { ...inputs, status: inputs.status };
}

/**
 * The pattern zod's z.iso.datetime({ offset: true }) checks (seconds required, real calendar dates), written out so
 * the browser panel needs no zod; lib/mock/timestamp.test.ts holds the two in agreement.
 */
const TIMESTAMP =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const REQUEST_ID = /^[A-Za-z0-9._~:-]{1,128}$/;

/** Why a timestamp is refused, or undefined when it is fine (ISO 8601 with Z or an offset, as the envelope requires). */
export function timestampProblem(value: string): string | undefined {
  return TIMESTAMP.test(value) ? undefined : "must be an ISO 8601 date-time with Z or an offset, e.g. 2025-01-15T10:30:00Z";
}

export function requestIdProblem(value: string): string | undefined {
  return REQUEST_ID.test(value) ? undefined : "must be 1–128 letters, digits or . _ ~ : -";
}

/** How deep `details` may nest: an indented answer grows with depth squared, so deep nesting would amplify a request. */
export const MAX_DETAILS_DEPTH = 8;

function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

export function detailsProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  const depth = depthOf(value);
  return depth > MAX_DETAILS_DEPTH ? `is nested ${depth} levels deep; at most ${MAX_DETAILS_DEPTH} are allowed` : undefined;
}

/**
 * Why a status is refused for this code, or undefined. A class such as "5xx" accepts any status in it, and a code
 * without a status any from 100 to 599.
 */
export function statusProblem(entry: MockTarget["entry"], value: string): string | undefined {
  const n = /^[1-9]\d\d$/.test(value) ? Number(value) : NaN;
  if (entry.status === undefined) return n >= 100 && n <= 599 ? undefined : "must be an HTTP status from 100 to 599";
  if (typeof entry.status === "number") {
    return n === entry.status ? undefined : `must be ${entry.status}: ${entry.code} always answers ${entry.status}`;
  }
  const lo = Number(entry.status[0]) * 100;
  return n >= lo && n <= lo + 99 ? undefined : `must be a status in ${entry.status} (${lo}–${lo + 99})`;
}
