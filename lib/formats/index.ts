import type { Catalog } from "../catalog/schema";
import { BUILTIN_ENVELOPES, BUILTIN_IDS, isBuiltinId } from "./builtin";
import { compileTemplate, slotsOf, type TemplateNode } from "./template";
import type { Envelope, EnvelopeInputs } from "./types";

/** The id of a catalog's own `envelope.template` among the formats its Try it panel and mock offer. */
export const CATALOG_ENVELOPE_ID = "catalog";

/** "auth-service" → "AuthService": the base of a catalog's generated type names. */
export function typeBaseName(slug: string): string {
  const name = slug.replace(/(^|-)([a-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());
  return /^[0-9]/.test(name) ? `Catalog${name}` : name;
}

/** The inputs a declared template takes: the slots it uses. {{details}} is filled for validation errors. */
function inputsOf(template: TemplateNode): EnvelopeInputs {
  const used = new Set(slotsOf(template).map((s) => s.name));
  return {
    mode: false,
    details: used.has("details") ? "validation" : false,
    timestamp: used.has("timestamp"),
    requestId: used.has("request_id"),
  };
}

const cache = new WeakMap<object, Envelope>();

/** A catalog's own envelope: its `envelope.template` compiled, or the built-in format it names. Throws TemplateError. */
export function catalogEnvelope(catalog: Pick<Catalog, "slug" | "service" | "envelope">): Envelope {
  const cached = cache.get(catalog.envelope);
  if (cached) return cached;
  const { template, format, content_type } = catalog.envelope;
  let envelope: Envelope;
  if (template !== undefined) {
    const compiled = compileTemplate(template);
    envelope = {
      id: CATALOG_ENVELOPE_ID,
      label: `${catalog.service.name} envelope`,
      typeName: `${typeBaseName(catalog.slug)}Error`,
      contentType: "application/json",
      template: compiled,
      inputs: inputsOf(compiled),
    };
  } else {
    envelope = BUILTIN_ENVELOPES[format ?? "nested-error"];
  }
  if (content_type !== undefined) envelope = { ...envelope, contentType: content_type };
  cache.set(catalog.envelope, envelope);
  return envelope;
}

/** Every envelope a code can be shown in: its catalog's own first, then the built-in formats. */
export function envelopesFor(own: Envelope): Envelope[] {
  return [own, ...BUILTIN_IDS.filter((id) => id !== own.id).map((id) => BUILTIN_ENVELOPES[id])];
}

/** The envelope with this id among those a code can be shown in. */
export function envelopeById(own: Envelope, id: string): Envelope | undefined {
  return id === own.id ? own : isBuiltinId(id) ? BUILTIN_ENVELOPES[id] : undefined;
}

/** A short description of a catalog's envelope: the built-in format's id, or "its own template". */
export function envelopeName(catalog: Pick<Catalog, "envelope">): string {
  return catalog.envelope.template !== undefined ? "its own template" : (catalog.envelope.format ?? "nested-error");
}

export { BUILTIN_ENVELOPES, BUILTIN_IDS, isBuiltinId };
export { EXAMPLE_DETAILS, renderBody } from "./render";
export type { Envelope, RenderInput, BodyEntry } from "./types";
