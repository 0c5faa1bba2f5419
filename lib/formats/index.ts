import type { EnvelopeFormat } from "../catalog/schema";
import { codeTitleMessage } from "./code-title-message";
import { detailWrapper } from "./detail-wrapper";
import { domainReason } from "./domain-reason";
import { flatErrorCode } from "./flat-error-code";
import { nestedError } from "./nested-error";
import { rfc9457 } from "./rfc9457";
import type { FormatModule, RenderInput } from "./types";

export type FormatId = EnvelopeFormat | "rfc9457";

export const formats: Record<FormatId, FormatModule> = {
  "nested-error": nestedError,
  "flat-error-code": flatErrorCode,
  "domain-reason": domainReason,
  "detail-wrapper": detailWrapper,
  "code-title-message": codeTitleMessage,
  rfc9457,
};

export function isFormatId(id: string): id is FormatId {
  return Object.hasOwn(formats, id);
}

/** Example details for validation errors, shaped like a zod parse failure. */
export const EXAMPLE_DETAILS = { issues: [{ path: ["name"], message: "Required" }] };

export function renderBody(format: FormatId, input: RenderInput): unknown {
  return formats[format].render(input);
}

export type { FormatModule, RenderInput };
