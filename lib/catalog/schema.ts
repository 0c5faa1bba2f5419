import { z } from "zod";

/** Envelope formats a catalog can declare; each has a renderer in lib/formats. */
export const envelopeFormats = [
  "nested-error",
  "flat-error-code",
  "domain-reason",
  "detail-wrapper",
  "code-title-message",
] as const;
export const envelopeFormatSchema = z.enum(envelopeFormats);
export type EnvelopeFormat = z.infer<typeof envelopeFormatSchema>;

const STATUS_MESSAGE = 'must be an HTTP error status 400–599 or a class like "5xx"';

/** A documented HTTP status: an exact error status, or only its class when that is all the source says. */
export const statusSchema = z
  .union([z.number(), z.string()], { error: STATUS_MESSAGE })
  .refine((s) => (typeof s === "number" ? Number.isInteger(s) && s >= 400 && s <= 599 : /^[45]xx$/.test(s)), {
    error: STATUS_MESSAGE,
  });
export type Status = z.infer<typeof statusSchema>;

const text = z.string().trim().min(1, { error: "must not be empty" });

export const placeholderSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: "must be snake_case, e.g. max_length" }),
  example: text,
  description: text.optional(),
});
export type Placeholder = z.infer<typeof placeholderSchema>;

const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_:.-]*$/;
const CODE_ERROR = "must start with a letter and use only letters, digits, _ : . -";

export const errorEntrySchema = z.strictObject({
  code: z.string().regex(CODE_PATTERN, { error: CODE_ERROR }),
  status: statusSchema,
  domain: text,
  title: text.optional(),
  message: text,
  placeholders: z.array(placeholderSchema).optional(),
  route: text.optional(),
  meaning: text.optional(),
  action: text.optional(),
  validation: z.boolean().optional(),
  notes: text.optional(),
  /** Codes this entry had before; their old pages and short links redirect here for good. */
  renamed_from: z.array(z.string().regex(CODE_PATTERN, { error: CODE_ERROR })).optional(),
  /** Hand-made corrections to the computed "same meaning in other catalogs" pairs, as "catalog/CODE". */
  related: z
    .strictObject({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() })
    .optional(),
});
export type ErrorEntry = z.infer<typeof errorEntrySchema>;

export const domainSchema = z.strictObject({
  name: text,
  description: text.optional(),
});

export const envelopeSchema = z.strictObject({
  format: envelopeFormatSchema,
  /** The example body exactly as the source documents it (or as we chose it). */
  example: text,
  /** false when the source does not show the envelope and the choice is ours. */
  documented: z.boolean(),
  notes: text.optional(),
});

export const serviceSchema = z.strictObject({
  name: text,
  /** false when the source does not name the service and the name is our choice. */
  documented: z.boolean(),
});

export const removedEntrySchema = z.strictObject({
  code: z.string().regex(CODE_PATTERN, { error: CODE_ERROR }),
  /** When it went, e.g. a version or a date. */
  removed_in: text,
  reason: text,
  /** Where to look instead: "CODE" in this catalog, "catalog/CODE", or a site path such as /catalogs/x. */
  see: text.optional(),
});
export type RemovedEntry = z.infer<typeof removedEntrySchema>;

export const catalogSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be kebab-case, e.g. auth-service" }),
  service: serviceSchema,
  description: text,
  source: text.optional(),
  envelope: envelopeSchema,
  notes: text.optional(),
  domains: z.array(domainSchema).min(1),
  errors: z.array(errorEntrySchema).min(1, { error: "must list at least one error" }),
  /** Codes taken out of the catalog; their URLs keep answering with a tombstone page. */
  removed: z.array(removedEntrySchema).optional(),
});
export type Catalog = z.infer<typeof catalogSchema>;
