import { compileTemplate } from "./template";
import type { Envelope, EnvelopeInputs } from "./types";

const NONE: EnvelopeInputs = { mode: false, details: false, timestamp: false, requestId: false };

function builtin(id: string, label: string, typeName: string, template: string, extra: Partial<Envelope> = {}): Envelope {
  return { id, label, typeName, contentType: "application/json", template: compileTemplate(template), inputs: NONE, ...extra };
}

/**
 * The built-in envelope formats, as templates: `envelope.format: nested-error` is shorthand for its template here, so
 * built-in and catalog-declared envelopes render, validate and are recognised by one mechanism.
 */
export const BUILTIN_ENVELOPES = {
  /** Auth Service: details only for validation errors. */
  "nested-error": builtin(
    "nested-error",
    "Nested error object",
    "NestedErrorBody",
    '{"error": {"code": "{{code}}", "message": "{{message}}", "details": "{{details}}"}}',
    { inputs: { ...NONE, details: "validation" } },
  ),
  /** AuthOS. */
  "flat-error-code": builtin(
    "flat-error-code",
    "Flat error / error_code",
    "FlatErrorCodeBody",
    '{"error": "{{message}}", "error_code": "{{code}}", "timestamp": "{{timestamp}}"}',
    { inputs: { ...NONE, timestamp: true } },
  ),
  /** Accounts API: details only in development mode. */
  "domain-reason": builtin(
    "domain-reason",
    "domain:reason",
    "DomainReasonBody",
    '{"code": "{{code}}", "message": "{{message}}", "details": "{{details}}"}',
    {
      inputs: { ...NONE, mode: true, details: "development" },
    },
  ),
  /** Auth Backend. */
  "detail-wrapper": builtin(
    "detail-wrapper",
    "detail wrapper",
    "DetailWrapperBody",
    '{"detail": {"status": "error", "code": "{{code}}", "message": "{{message}}"}}',
  ),
  /** Identity Platform: a code without a title repeats its code. */
  "code-title-message": builtin(
    "code-title-message",
    "code / title / message",
    "CodeTitleMessageBody",
    '{"code": "{{code}}", "title": "{{title}}", "message": "{{message}}"}',
    {
      titleFallback: "code",
    },
  ),
  /** RFC 9457 problem details: `type` is the code's short link, `code` an extension member. */
  rfc9457: builtin(
    "rfc9457",
    "RFC 9457 problem+json",
    "ProblemDetails",
    '{"type": "{{short_url}}", "title": "{{title}}", "status": "{{status}}", "detail": "{{message}}", "instance": "urn:request:{{request_id}}", "code": "{{code}}"}',
    { contentType: "application/problem+json", inputs: { ...NONE, requestId: true }, titleFallback: "reason-phrase" },
  ),
} as const satisfies Record<string, Envelope>;

export type BuiltinId = keyof typeof BUILTIN_ENVELOPES;
export const BUILTIN_IDS = Object.keys(BUILTIN_ENVELOPES) as BuiltinId[];

export function isBuiltinId(id: string): id is BuiltinId {
  return Object.hasOwn(BUILTIN_ENVELOPES, id);
}
