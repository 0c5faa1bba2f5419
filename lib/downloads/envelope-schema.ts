import { z } from "zod";
import type { Catalog, EnvelopeFormat } from "../catalog/schema";
import { bodySchemas } from "../formats/schemas";
import { SITE_ORIGIN } from "../site";

/** Where each envelope carries the error code; a test renders a body per format to pin this. */
export const CODE_PATH: Record<EnvelopeFormat, readonly string[]> = {
  "nested-error": ["error", "code"],
  "flat-error-code": ["error_code"],
  "domain-reason": ["code"],
  "detail-wrapper": ["detail", "code"],
  "code-title-message": ["code"],
};

export type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  [key: string]: unknown;
};

/** JSON Schema (2020-12) of a catalog's error envelope, from its format's zod schema, with the code limited to the catalog's codes. */
export function envelopeJsonSchema(catalog: Catalog): JsonSchema {
  const schema = z.toJSONSchema(bodySchemas[catalog.envelope.format]) as JsonSchema;
  let node: JsonSchema | undefined = schema;
  for (const key of CODE_PATH[catalog.envelope.format]) node = node?.properties?.[key];
  if (!node) throw new Error(`envelope schema of ${catalog.envelope.format} has no ${CODE_PATH[catalog.envelope.format].join(".")}`);
  node.enum = catalog.errors.map((e) => e.code);
  node.description = `One of the ${catalog.errors.length} codes of ${catalog.service.name}.`;
  return {
    $schema: schema.$schema,
    $id: `${SITE_ORIGIN}/downloads/${catalog.slug}.schema.json`,
    title: `${catalog.service.name} error envelope`,
    description: `The JSON body of every error response from ${catalog.service.name} (${catalog.envelope.format}).`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
