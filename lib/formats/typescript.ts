import { CODE_DEF, CODE_NUMBER_DEF, type JsonSchema } from "./json-schema";

/** Names the generated code uses for the catalog's codes; without them a code is any string. */
export interface CodeNames {
  /** The union type of the catalog's codes, e.g. PaymentsCode. */
  type: string;
  /** The const tuple holding them, e.g. codes. */
  values: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const key = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const member = (ref: string, name: string) => (IDENTIFIER.test(name) ? `${ref}.${name}` : `${ref}[${JSON.stringify(name)}]`);
const types = (s: JsonSchema) => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

/** The TypeScript type of a schema node. */
export function typeOf(s: JsonSchema, codes: CodeNames | undefined, indent = ""): string {
  if (s.$ref === `#/$defs/${CODE_DEF}`) return codes?.type ?? "string";
  if (s.$ref === `#/$defs/${CODE_NUMBER_DEF}`) return "number | string";
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf) return s.anyOf.map((a) => typeOf(a, codes, indent)).join(" | ");
  const each = types(s).map((t) => {
    switch (t) {
      case "string":
        return "string";
      case "number":
      case "integer":
        return "number";
      case "boolean":
        return "boolean";
      case "null":
        return "null";
      case "array": {
        const items = s.prefixItems ?? (typeof s.items === "object" ? [s.items] : []);
        return items.length ? `(${[...new Set(items.map((i) => typeOf(i, codes, indent)))].join(" | ")})[]` : "unknown[]";
      }
      case "object": {
        const required = new Set(s.required ?? []);
        const inner = `${indent}  `;
        const lines = Object.entries(s.properties ?? {}).map(([k, v]) => {
          const note = v.format === "date-time" ? " // ISO 8601 date-time" : v.format === "uri" ? " // absolute URL" : "";
          return `${inner}${key(k)}${required.has(k) ? "" : "?"}: ${typeOf(v, codes, inner)};${note}`;
        });
        return `{\n${lines.join("\n")}\n${indent}}`;
      }
    }
  });
  return each.length ? each.join(" | ") : "unknown";
}

/** A boolean expression that holds when `ref` matches the schema node; extra members are tolerated, as clients should. */
export function guardOf(s: JsonSchema, ref: string, codes: CodeNames | undefined, indent = "  "): string {
  if (s.$ref === `#/$defs/${CODE_DEF}`) {
    return codes ? `typeof ${ref} === "string" && (${codes.values} as readonly string[]).includes(${ref})` : `typeof ${ref} === "string"`;
  }
  if (s.$ref === `#/$defs/${CODE_NUMBER_DEF}`) {
    const v = ref;
    // No callback: narrowing of ${v} would not reach into one.
    const list = codes ? `(${codes.values} as readonly string[])` : undefined;
    return list
      ? `(typeof ${v} === "number" ? ${list}.map(Number).includes(${v}) : typeof ${v} === "string" && ${list}.includes(${v}))`
      : `(typeof ${v} === "number" || typeof ${v} === "string")`;
  }
  if (s.const !== undefined) return `${ref} === ${JSON.stringify(s.const)}`;
  if (s.enum) return `(${s.enum.map((v) => `${ref} === ${JSON.stringify(v)}`).join(" || ")})`;
  if (s.anyOf) return `(${s.anyOf.map((a) => guardOf(a, ref, codes, indent)).join(" || ")})`;
  const each = types(s).map((t) => {
    switch (t) {
      case "string":
      case "number":
      case "boolean":
        return `typeof ${ref} === "${t}"`;
      case "integer":
        return `Number.isInteger(${ref})`;
      case "null":
        return `${ref} === null`;
      case "array": {
        // Each position the template fills is checked; one that may be left out only when present.
        const checks = [`Array.isArray(${ref})`];
        if (typeof s.items === "object") {
          // A parameter, not ${ref}: narrowing does not reach into a callback.
          const check = guardOf(s.items, "item", codes, indent);
          if (check !== "true") checks.push(`${ref}.every((item: unknown) => ${check})`);
        }
        (s.prefixItems ?? []).forEach((item, i) => {
          const check = guardOf(item, `${ref}[${i}]`, codes, indent);
          if (check !== "true") checks.push(i < (s.minItems ?? 0) ? check : `(${ref}[${i}] === undefined || ${check})`);
        });
        return checks.join(" && ");
      }
      case "object": {
        const required = new Set(s.required ?? []);
        const checks = [`isRecord(${ref})`];
        for (const [k, v] of Object.entries(s.properties ?? {})) {
          const m = member(ref, k);
          const check = guardOf(v, m, codes, `${indent}  `);
          if (check === "true") continue;
          checks.push(required.has(k) ? check : `(${m} === undefined || ${check})`);
        }
        return checks.join(`\n${indent}  && `);
      }
    }
  });
  if (each.length === 0) return "true";
  return each.length === 1 ? each[0]! : `(${each.join(" || ")})`;
}

/** The helper every generated guard uses. */
export const IS_RECORD = [
  "function isRecord(value: unknown): value is Record<string, unknown> {",
  '  return typeof value === "object" && value !== null && !Array.isArray(value);',
  "}",
].join("\n");
