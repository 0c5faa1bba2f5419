import { z } from "zod";
import type { FormatId } from ".";

// The body schemas live apart from the renderers so the browser's Try it panel, which only renders, ships without zod.
// lib/formats/formats.test.ts checks every renderer against its schema; lib/formats/snippet.ts turns them into TypeScript.

export const nestedErrorBodySchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const flatErrorCodeBodySchema = z.strictObject({
  error: z.string(),
  error_code: z.string(),
  timestamp: z.iso.datetime({ offset: true }),
});

export const domainReasonBodySchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});

export const detailWrapperBodySchema = z.strictObject({
  detail: z.strictObject({ status: z.literal("error"), code: z.string(), message: z.string() }),
});

export const codeTitleMessageBodySchema = z.strictObject({ code: z.string(), title: z.string(), message: z.string() });

export const rfc9457BodySchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(100).max(599),
  detail: z.string(),
  instance: z.string().optional(),
  code: z.string(),
});

export const bodySchemas: Record<FormatId, z.ZodType> = {
  "nested-error": nestedErrorBodySchema,
  "flat-error-code": flatErrorCodeBodySchema,
  "domain-reason": domainReasonBodySchema,
  "detail-wrapper": detailWrapperBodySchema,
  "code-title-message": codeTitleMessageBodySchema,
  rfc9457: rfc9457BodySchema,
};
