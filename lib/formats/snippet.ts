import { z } from "zod";
import { formats, type FormatId } from ".";
import { bodySchemas } from "./schemas";

/** The subset of JSON Schema that z.toJSONSchema emits for our envelope schemas. */
interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/**
 * A TypeScript type and a type guard for a format's body, generated from its zod schema (via JSON Schema),
 * so the snippet can never drift from the renderer's schema.
 */
export function typeSnippet(id: FormatId): string {
  const format = formats[id];
  const schema = z.toJSONSchema(bodySchemas[id], { io: "output", unrepresentable: "any" }) as JsonSchema;
  const name = format.typeName;
  return [
    `/** The body of an error response in the ${format.label} format. */`,
    `export interface ${name} ${typeOf(schema, "")}`,
    "",
    "function isRecord(value: unknown): value is Record<string, unknown> {",
    '  return typeof value === "object" && value !== null;',
    "}",
    "",
    `export function is${name}(value: unknown): value is ${name} {`,
    `  return ${guardOf(schema, "value", "  ")};`,
    "}",
    "",
  ].join("\n");
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function typeOf(s: JsonSchema, indent: string): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  switch (s.type) {
    case "string":
      return "string";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "object": {
      const required = new Set(s.required ?? []);
      const inner = `${indent}  `;
      const lines = Object.entries(s.properties ?? {}).map(([k, v]) => {
        const note = v.format === "date-time" ? " // ISO 8601 date-time" : "";
        return `${inner}${key(k)}${required.has(k) ? "" : "?"}: ${typeOf(v, inner)};${note}`;
      });
      return `{\n${lines.join("\n")}\n${indent}}`;
    }
    default:
      return "unknown";
  }
}

/** A boolean expression that holds when `ref` matches the schema; extra members are tolerated, as clients should. */
function guardOf(s: JsonSchema, ref: string, indent: string): string {
  if (s.const !== undefined) return `${ref} === ${JSON.stringify(s.const)}`;
  switch (s.type) {
    case "string":
      return `typeof ${ref} === "string"`;
    case "number":
      return `typeof ${ref} === "number"`;
    case "integer":
      return `Number.isInteger(${ref})`;
    case "boolean":
      return `typeof ${ref} === "boolean"`;
    case "object": {
      const required = new Set(s.required ?? []);
      const checks = [`isRecord(${ref})`];
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        const member = /^[A-Za-z_$][\w$]*$/.test(k) ? `${ref}.${k}` : `${ref}[${JSON.stringify(k)}]`;
        const check = guardOf(v, member, indent);
        if (check === "true") continue;
        checks.push(required.has(k) ? check : `(${member} === undefined || ${check})`);
      }
      return checks.join(`\n${indent}  && `);
    }
    default:
      return "true";
  }
}
