import type { Catalog } from "../catalog/schema";
import { envelopeName } from "../formats";
import { catalogBodySchema } from "../formats/catalog-schema";
import type { JsonSchema } from "../formats/json-schema";
import { SITE_ORIGIN } from "../site";

export type { JsonSchema };

/** JSON Schema (2020-12) of a catalog's error envelope, from its template, with the code limited to the catalog's codes. */
export function envelopeJsonSchema(catalog: Catalog): JsonSchema {
  const { $schema, ...schema } = catalogBodySchema(catalog);
  return {
    $schema,
    $id: `${SITE_ORIGIN}/downloads/${catalog.slug}.schema.json`,
    title: `${catalog.service.name} error envelope`,
    description: `The JSON body of every error response from ${catalog.service.name} (${envelopeName(catalog)}), for any of its ${catalog.errors.length} codes.`,
    ...schema,
  };
}
