/**
 * Where the code sits in an error body: a path of keys and array indexes, written `error.code` or `errors[0].code`.
 * Found by itself from property names (or from the codes an Errata export states), or given with `--code-path`.
 */

export type PathToken = string | number;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Property names that hold a code, best first. `error` last: OAuth's `{"error": "invalid_grant"}`. */
export const CODE_NAMES = [
  "code",
  "error_code",
  "errorCode",
  "ErrorCode",
  "err_code",
  "errcode",
  "error_codes",
  "reason",
  "type",
  "error",
] as const;
const rank = (key: PathToken) => {
  const i = CODE_NAMES.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
  return i < 0 ? CODE_NAMES.length : i;
};

/** "error.code" / "errors[0].code" / "errors.0.code" → tokens; throws on an empty or malformed path. */
export function parseCodePath(text: string): PathToken[] {
  const tokens: PathToken[] = [];
  for (const part of text.trim().split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m || (m[1] === "" && m[2] === ""))
      throw new Error(`--code-path "${text}" must be keys joined by dots, e.g. error.code or errors[0].code`);
    if (m[1]) tokens.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) tokens.push(Number(idx[1]));
  }
  return tokens;
}

/** Tokens as written for people: error.code, error_codes[0]. */
export function formatCodePath(tokens: readonly PathToken[]): string {
  return tokens.map((t, i) => (typeof t === "number" ? `[${t}]` : i === 0 ? t : `.${t}`)).join("");
}

/** The value at a path, or undefined. */
export function valueAt(body: unknown, tokens: readonly PathToken[]): unknown {
  let at = body;
  for (const t of tokens) {
    if (typeof t === "number" ? !Array.isArray(at) : !isObject(at) || !Object.hasOwn(at, t)) return undefined;
    at = (at as Json)[t as string];
  }
  return at;
}

/** A code as text: a string as written, a finite number as its digits; undefined for anything else. */
export function codeText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Every scalar leaf of a body with its path, shallowest first. */
export function leaves(body: unknown): { path: PathToken[]; value: unknown }[] {
  const out: { path: PathToken[]; value: unknown }[] = [];
  let level: { path: PathToken[]; value: unknown }[] = [{ path: [], value: body }];
  for (let depth = 0; level.length && depth < 16; depth++) {
    const next: typeof level = [];
    for (const { path, value } of level) {
      if (Array.isArray(value)) value.forEach((v, i) => next.push({ path: [...path, i], value: v }));
      else if (isObject(value)) for (const [k, v] of Object.entries(value)) next.push({ path: [...path, k], value: v });
      else if (path.length) out.push({ path, value });
    }
    level = next;
  }
  return out;
}

/** The last key of a path (an array index counts its array's key): errors[0] is named by "errors". */
const nameOf = (path: readonly PathToken[]) => [...path].reverse().find((t) => typeof t === "string") ?? "";

const better = (a: PathToken[], b: PathToken[]) => a.length - b.length || rank(nameOf(a)) - rank(nameOf(b));

/**
 * Where the code is in every body: the shallowest leaf named like a code (code, error_code, errorCode…) that is a
 * string or number in all of them. When the bodies' codes are known (an Errata export's `x-errata`), the shallowest leaf
 * equal to each body's code instead. Undefined when no path fits every body.
 */
export function findCodePath(bodies: readonly { body: unknown; code?: string }[]): PathToken[] | undefined {
  if (!bodies.length) return undefined;
  const known = bodies.every((b) => b.code !== undefined);
  const candidates = leaves(bodies[0]!.body)
    .map((l) => l.path)
    .filter((path) =>
      known
        ? true
        : rank(nameOf(path)) < CODE_NAMES.length && !(nameOf(path) === "type" && /^https?:/.test(String(valueAt(bodies[0]!.body, path)))),
    )
    .filter((path) =>
      bodies.every(({ body, code }) => {
        const text = codeText(valueAt(body, path));
        if (text === undefined) return false;
        return known ? text === code : !/\s/.test(text);
      }),
    )
    .sort(better);
  return candidates[0];
}

/** A schema's named properties, through allOf/oneOf/anyOf and array items, for finding the code in a schema. */
function subschemas(schema: unknown, seen = new Set<unknown>()): Json[] {
  if (!isObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const out = [schema];
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const list = schema[key];
    if (Array.isArray(list)) for (const s of list) out.push(...subschemas(s, seen));
  }
  return out;
}

/** The schemas at a path in a body schema (several where allOf/oneOf/anyOf branch). */
export function schemasAt(schema: unknown, tokens: readonly PathToken[]): Json[] {
  let level = subschemas(schema);
  for (const t of tokens) {
    const next: Json[] = [];
    for (const s of level) {
      if (typeof t === "number") {
        const prefix = Array.isArray(s.prefixItems) ? s.prefixItems[t] : undefined;
        next.push(...subschemas(prefix ?? (Array.isArray(s.items) ? s.items[t] : s.items)));
      } else if (isObject(s.properties) && Object.hasOwn(s.properties, t)) next.push(...subschemas(s.properties[t]));
    }
    level = next;
  }
  return level;
}

/** The shallowest property of a schema named like a code; undefined when there is none. */
export function findSchemaCodePath(schema: unknown): PathToken[] | undefined {
  const found: PathToken[][] = [];
  const walk = (s: unknown, path: PathToken[], seen: Set<unknown>) => {
    if (path.length > 6) return;
    for (const sub of subschemas(s)) {
      if (seen.has(sub)) continue;
      const nextSeen = new Set(seen).add(sub);
      if (isObject(sub.properties)) {
        for (const [k, v] of Object.entries(sub.properties)) {
          const leaf = subschemas(v).some((x) => ["string", "integer", "number"].includes(String(x.type)) || Array.isArray(x.enum));
          if (leaf && rank(k) < CODE_NAMES.length && k !== "type") found.push([...path, k]);
          else walk(v, [...path, k], nextSeen);
        }
      }
    }
  };
  walk(schema, [], new Set());
  return found.sort(better)[0];
}

/** The codes a schema lists at the code's place (`enum` or `const`), each with its `x-enum-descriptions` entry. */
export function enumCodes(schema: unknown, tokens: readonly PathToken[]): { code: string; description?: string }[] {
  const out: { code: string; description?: string }[] = [];
  for (const s of schemasAt(schema, tokens)) {
    const values = Array.isArray(s.enum) ? s.enum : s.const !== undefined ? [s.const] : [];
    const descriptions = s["x-enum-descriptions"] ?? s["x-enumDescriptions"];
    values.forEach((v, i) => {
      const code = codeText(v);
      if (code === undefined) return;
      const d = Array.isArray(descriptions) ? descriptions[i] : isObject(descriptions) ? descriptions[code] : undefined;
      out.push({ code, ...(typeof d === "string" && d.trim() ? { description: d.trim() } : {}) });
    });
  }
  return out;
}
