import type { Slot, TemplateNode } from "./template";
import type { Envelope } from "./types";

/** The JSON Schema (2020-12) subset generated for envelopes; lib/formats/typescript.ts reads the same subset. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  prefixItems?: JsonSchema[];
  items?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
}
type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";

/** What the schema may say about the bodies of one catalog; without it, the schema fits any catalog. */
export interface SchemaFacts {
  /** The catalog's codes: `{{code}}` becomes `$ref: #/$defs/code`, an enum of them. */
  codes?: readonly string[];
  /** True when every body has a value for this slot (`title`, `status`, `vars.NAME`), so its key is required. */
  always?: (slot: string) => boolean;
  /** The values a `vars.NAME` slot takes, for typing `| number`. */
  varValues?: (name: string) => readonly string[];
}

export const CODE_DEF = "code";
export const CODE_NUMBER_DEF = "codeNumber";
export const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

const isNumeric = (v: string) => v.trim() !== "" && Number.isFinite(Number(v));
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Slots every body has a value for, whatever the code. */
const ALWAYS = new Set(["code", "message", "domain", "url", "short_url", "request_id", "timestamp"]);

function slotSchema(slot: Slot, facts: SchemaFacts): JsonSchema {
  if (slot.name === "code") {
    if (!facts.codes) return slot.number ? { type: ["number", "string"] } : { type: "string" };
    return { $ref: `#/$defs/${slot.number ? CODE_NUMBER_DEF : CODE_DEF}` };
  }
  if (slot.name.startsWith("vars.")) {
    if (!slot.number) return { type: "string" };
    const values = facts.varValues?.(slot.name.slice(5)) ?? [];
    return values.length > 0 && values.every(isNumeric) ? { type: "number" } : { type: ["number", "string"] };
  }
  switch (slot.name) {
    case "status":
      return { type: "integer", minimum: 100, maximum: 599 };
    case "url":
    case "short_url":
      return slot.number ? { type: ["number", "string"] } : { type: "string", format: "uri" };
    case "timestamp":
      return slot.number ? { type: ["number", "string"] } : { type: "string", format: "date-time" };
    case "details":
      return {};
    default:
      return slot.number ? { type: ["number", "string"] } : { type: "string" };
  }
}

/** Whether a node always yields a value: a whole-slot node may be left out when its slot has none. */
function present(node: TemplateNode, envelope: Envelope, facts: SchemaFacts): boolean {
  if (node.kind !== "slot") return true;
  const name = node.slot.name;
  if (ALWAYS.has(name)) return true;
  if (name === "details") return false;
  if (name === "title" && envelope.titleFallback === "code") return true;
  return facts.always?.(name) ?? (name === "status" || (name === "title" && envelope.titleFallback === "reason-phrase"));
}

function nodeSchema(node: TemplateNode, envelope: Envelope, facts: SchemaFacts): JsonSchema {
  switch (node.kind) {
    case "literal":
      return { const: node.value };
    case "slot":
      return slotSchema(node.slot, facts);
    case "text": {
      // Literal text must be there as written; slots in between are any text.
      const pattern = `^${node.parts.map((p) => (typeof p === "string" ? escapeRegex(p) : "[\\s\\S]*")).join("")}$`;
      return { type: "string", pattern };
    }
    case "array": {
      if (node.items.length === 0) return { type: "array", maxItems: 0 };
      const items = node.items.map((n) => nodeSchema(n, envelope, facts));
      const minItems = node.items.filter((n) => present(n, envelope, facts)).length;
      if (minItems === items.length) return { type: "array", prefixItems: items, items: false, minItems };
      // An item left out shifts the ones after it: each item is then any of the template's items.
      const distinct = [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
      return { type: "array", items: distinct.length === 1 ? distinct[0]! : { anyOf: distinct }, minItems, maxItems: items.length };
    }
    case "object":
      return {
        type: "object",
        properties: Object.fromEntries(node.entries.map(([k, n]) => [k, nodeSchema(n, envelope, facts)])),
        required: node.entries.filter(([, n]) => present(n, envelope, facts)).map(([k]) => k),
        additionalProperties: false,
      };
  }
}

/** The JSON Schema of an envelope's bodies, derived from its template (with `$defs` for the catalog's codes). */
export function envelopeBodySchema(envelope: Envelope, facts: SchemaFacts = {}): JsonSchema {
  const schema = nodeSchema(envelope.template, envelope, facts);
  if (!facts.codes) return { $schema: SCHEMA_DIALECT, ...schema };
  const codes = [...facts.codes];
  const used = JSON.stringify(schema);
  const defs: Record<string, JsonSchema> = {};
  if (used.includes(`"#/$defs/${CODE_DEF}"`)) defs[CODE_DEF] = { type: "string", enum: codes };
  if (used.includes(`"#/$defs/${CODE_NUMBER_DEF}"`)) defs[CODE_NUMBER_DEF] = { enum: codes.map((c) => (isNumeric(c) ? Number(c) : c)) };
  return { $schema: SCHEMA_DIALECT, ...schema, $defs: defs };
}
