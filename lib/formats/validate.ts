import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema } from "./json-schema";

/** Validates values against a generated envelope schema; errors read "/error/code must be equal to one of the allowed values". */
export function schemaValidator(schema: JsonSchema): (value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: under Node's ESM loader its default import is the module object, holding `default`.
  const plugin = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  plugin(ajv);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map(describeError));
}

function describeError(e: ErrorObject): string {
  const where = e.instancePath || "the body";
  if (e.keyword === "additionalProperties")
    return `${where} has ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}, which the envelope does not`;
  if (e.keyword === "enum" && e.instancePath) return `${where} is not one of the catalog's codes`;
  return `${where} ${e.message ?? "is invalid"}`;
}
