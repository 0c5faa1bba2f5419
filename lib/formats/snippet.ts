import { envelopeBodySchema } from "./json-schema";
import { guardOf, IS_RECORD, typeOf } from "./typescript";
import type { Envelope } from "./types";

/**
 * A TypeScript type and type guard for an envelope's body, generated from the JSON Schema its template gives, so the
 * snippet can never drift from what the mock sends.
 */
export function typeSnippet(envelope: Envelope): string {
  let snippet = cache.get(envelope);
  if (snippet === undefined) cache.set(envelope, (snippet = generate(envelope)));
  return snippet;
}

/** Every code page shows the same snippets: each envelope's is made once per build worker. */
const cache = new WeakMap<Envelope, string>();

function generate(envelope: Envelope): string {
  const schema = envelopeBodySchema(envelope);
  const name = envelope.typeName;
  return [
    `/** The body of an error response in the ${envelope.label} format. */`,
    `export type ${name} = ${typeOf(schema, undefined)};`,
    "",
    IS_RECORD,
    "",
    `export function is${name}(value: unknown): value is ${name} {`,
    `  return ${guardOf(schema, "value", undefined)};`,
    "}",
    "",
  ].join("\n");
}
