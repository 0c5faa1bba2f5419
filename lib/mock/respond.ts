import { renderBody } from "../formats";
import { reasonPhrase } from "../http-status";
import { parseQuery, type MockError } from "./query";
import { envelopeOf, type MockTarget, type ResolvedInputs } from "./inputs";

export interface MockResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** The body text exactly as sent: JSON, indented by two spaces. */
  body: string;
  /** Set when this is the endpoint refusing the request rather than the error itself. */
  refusal?: MockError;
}

const COMMON = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

/** The error response itself, for resolved inputs. */
export function renderResponse(target: MockTarget, inputs: ResolvedInputs): MockResponse {
  const envelope = envelopeOf(target, inputs.format);
  const body = renderBody(envelope, {
    entry: target.entry,
    values: inputs.values,
    mode: inputs.mode,
    details: inputs.details,
    timestamp: inputs.timestamp,
    requestId: inputs.requestId,
    status: inputs.status,
  });
  return {
    status: inputs.status,
    statusText: reasonPhrase(inputs.status),
    headers: { "Content-Type": envelope.contentType, ...COMMON },
    body: JSON.stringify(body, null, 2),
  };
}

/** The endpoint's refusal of a bad request: `{status, error, parameter}` as JSON. */
export function errorResponse(error: MockError): MockResponse {
  return {
    status: error.status,
    statusText: reasonPhrase(error.status),
    headers: { "Content-Type": "application/json", ...COMMON },
    body: JSON.stringify(error, null, 2),
    refusal: error,
  };
}

/** What GET /api/mock/{catalog}/{code}?{search} answers; the Try it panel shows the same. Never a 5xx for bad input. */
export function mockResponse(target: MockTarget, search: string): MockResponse {
  const parsed = parseQuery(target, search);
  return parsed.ok ? renderResponse(target, parsed.inputs) : errorResponse(parsed.error);
}

/** The HTTP head as the panel shows it: status line, then headers. */
export function responseHead(r: MockResponse): string {
  return [`HTTP/1.1 ${r.status} ${r.statusText}`, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`)].join("\n");
}
