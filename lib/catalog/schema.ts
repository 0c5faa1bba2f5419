import { z } from "zod";
import { canSendWithBody } from "../http-status";

/** Envelope formats a catalog can declare; each has a renderer in lib/formats. */
export const envelopeFormats = ["nested-error", "flat-error-code", "domain-reason", "detail-wrapper", "code-title-message"] as const;
export const envelopeFormatSchema = z.enum(envelopeFormats);
export type EnvelopeFormat = z.infer<typeof envelopeFormatSchema>;

const STATUS_MESSAGE = 'must be an HTTP status 100–599 or a class like "5xx"';

/** A documented HTTP status: an exact status, or only its class when that is all the source says. */
export const statusSchema = z
  .union([z.number(), z.string()], { error: STATUS_MESSAGE })
  .refine((s) => (typeof s === "number" ? Number.isInteger(s) && s >= 100 && s <= 599 : /^[1-5]xx$/.test(s)), {
    error: STATUS_MESSAGE,
  });
export type Status = z.infer<typeof statusSchema>;

const text = z.string().trim().min(1, { error: "must not be empty" });

/**
 * Template variables (`{{vars.NAME}}` in an envelope): API-specific fields such as Stripe's `type` and `param`. Set at
 * the top of the catalog, per domain or per entry; the narrowest wins. Values are text.
 */
const varNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { error: "must be letters, digits and _, not starting with a digit, e.g. decline_code" });
export const varsSchema = z.record(varNameSchema, z.string({ error: "must be text" }));
export type Vars = z.infer<typeof varsSchema>;

export const placeholderSchema = z.strictObject({
  // As the message writes it ({clientId}), or for printf and numbered braces any name; {0} is arg1.
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, {
    error: "must be letters, digits and _, not starting with a digit, e.g. max_length or clientId",
  }),
  example: text,
  description: text.optional(),
});
export type Placeholder = z.infer<typeof placeholderSchema>;

/** 1–64 letters, digits and `_ : . -`, with at least one letter or digit: 20404, E0000011, AADSTS50126, user:not_found. */
export const CODE_PATTERN = /^(?=.*[A-Za-z0-9])[A-Za-z0-9_:.-]{1,64}$/;
const CODE_ERROR = "must be 1–64 letters, digits and _ : . - with at least one letter or digit";
const codeSchema = z.string().regex(CODE_PATTERN, { error: CODE_ERROR });

export const errorEntrySchema = z.strictObject({
  code: codeSchema,
  /** Absent when the API sends the code without an HTTP status of its own (a database error, an SMS callback). */
  status: statusSchema.optional(),
  domain: text,
  title: text.optional(),
  message: text,
  placeholders: z.array(placeholderSchema).optional(),
  route: text.optional(),
  meaning: text.optional(),
  action: text.optional(),
  validation: z.boolean().optional(),
  notes: text.optional(),
  /** Long-form documentation in Markdown (GFM): causes, solutions. Rendered as data: no HTML, only https: and relative links. */
  docs: text.optional(),
  vars: varsSchema.optional(),
  /** Codes this entry had before; their old pages and short links redirect here for good. */
  renamed_from: z.array(codeSchema).optional(),
  /** Hand-made corrections to the computed "same meaning in other catalogs" pairs, as "catalog/CODE". */
  related: z.strictObject({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() }).optional(),
});
export type ErrorEntry = z.infer<typeof errorEntrySchema>;

export const domainSchema = z.strictObject({
  name: text,
  description: text.optional(),
  vars: varsSchema.optional(),
});

const DEFAULT_STATUS_MESSAGE = "must be a status a response can carry a body with: 200–599, not 204, 205 or 304";

/** A media type such as application/json or application/vnd.api+json; the body is always JSON. */
const contentTypeSchema = z.string().regex(/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(?:\s*;\s*[a-z0-9!#$&^_.+-]+=[^;\s]+)*$/i, {
  error: "must be a media type, e.g. application/json or application/problem+json",
});

export const envelopeSchema = z
  .strictObject({
    /** A built-in envelope: shorthand for its bundled template (lib/formats/builtin.ts). */
    format: envelopeFormatSchema.optional(),
    /** The body as JSON text with {{slot}} markers in its strings; see lib/formats/template.ts and the README. */
    template: text.optional(),
    /** The Content-Type the API sends the body with (default application/json). */
    content_type: contentTypeSchema.optional(),
    /** The example body exactly as the source documents it (or as we chose it). */
    example: text,
    /** false when the source does not show the envelope and the choice is ours. */
    documented: z.boolean(),
    /** The status the mock answers for a code without one of its own (absent: such a code needs ?status=). */
    default_status: z.number({ error: DEFAULT_STATUS_MESSAGE }).refine(canSendWithBody, { error: DEFAULT_STATUS_MESSAGE }).optional(),
    notes: text.optional(),
  })
  .refine((e) => (e.format === undefined) !== (e.template === undefined), {
    error: `needs exactly one of format (one of ${envelopeFormats.join(", ")}) or template (the body as JSON text with {{slots}})`,
  });

export const serviceSchema = z.strictObject({
  name: text,
  /** false when the source does not name the service and the name is our choice. */
  documented: z.boolean(),
});

export const removedEntrySchema = z.strictObject({
  code: codeSchema,
  /** When it went, e.g. a version or a date. */
  removed_in: text,
  reason: text,
  /** Where to look instead: "CODE" in this catalog, "catalog/CODE", or a site path such as /catalogs/x. */
  see: text.optional(),
});
export type RemovedEntry = z.infer<typeof removedEntrySchema>;
/** A consistency finding (see lib/insights) the catalog's owners know about, with why it stays. */
export const acknowledgementSchema = z.strictObject({
  finding: z.string().regex(/^[a-z-]+:\S+$/, { error: "must be a finding id from npm run lint:catalogs, e.g. gap:authos:503" }),
  reason: text,
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const catalogSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be kebab-case, e.g. auth-service" }),
  service: serviceSchema,
  description: text,
  source: text.optional(),
  envelope: envelopeSchema,
  notes: text.optional(),
  vars: varsSchema.optional(),
  /** Vars shown as table facets beside domain and status, e.g. [type]; each is a URL parameter of the table (?type=…). */
  facets: z.array(varNameSchema).optional(),
  domains: z.array(domainSchema).min(1),
  errors: z.array(errorEntrySchema).min(1, { error: "must list at least one error" }),
  /** Codes taken out of the catalog; their URLs keep answering with a tombstone page. */
  removed: z.array(removedEntrySchema).optional(),
  /** Insights findings acknowledged: still shown, marked acknowledged with the reason. */
  acknowledged: z.array(acknowledgementSchema).optional(),
});
export type Catalog = z.infer<typeof catalogSchema>;
