import type { Catalog } from "../catalog/schema";
import { entriesOf } from "../catalog/model";
import { catalogEnvelope } from ".";
import { envelopeBodySchema, type JsonSchema, type SchemaFacts } from "./json-schema";

/** What every code of a catalog gives its envelope's slots: which are always there, which vars values occur. */
export function catalogFacts(catalog: Catalog): SchemaFacts {
  const entries = entriesOf(catalog);
  const hasDefault = catalog.envelope.default_status !== undefined;
  return {
    codes: catalog.errors.map((e) => e.code),
    always: (slot) => {
      if (slot === "title") return entries.every((e) => e.title !== undefined);
      if (slot === "status") return hasDefault || entries.every((e) => e.status !== undefined);
      if (slot.startsWith("vars.")) return entries.every((e) => e.vars?.[slot.slice(5)] !== undefined);
      return false;
    },
    varValues: (name) => entries.flatMap((e) => (e.vars?.[name] !== undefined ? [e.vars[name]] : [])),
  };
}

/** The JSON Schema of a catalog's error bodies: its envelope's template, with the code one of the catalog's codes. */
export function catalogBodySchema(catalog: Catalog): JsonSchema {
  return envelopeBodySchema(catalogEnvelope(catalog), catalogFacts(catalog));
}
