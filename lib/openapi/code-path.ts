/**
 * Where the code sits in an error body: a path of keys and array indexes, written `error.code` or `errors[0].code`.
 * Found by itself from property names (or from the codes an Errata export states), or given with `--code-path`.
 */

import { CODE_PATTERN } from "../catalog/schema";

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
 *
 * A `type` holding URIs (RFC 9457 problem details, `"type": "https://x.example/errors/not-found"`) or `about:blank` is
 * only the last resort, when no other leaf fits: then the codes are the URIs less the prefix they share (uriPrefixOf).
 */
export function findCodePath(bodies: readonly { body: unknown; code?: string }[]): PathToken[] | undefined {
  if (!bodies.length) return undefined;
  const known = bodies.every((b) => b.code !== undefined);
  const texts = (path: PathToken[]) => bodies.map(({ body }) => codeText(valueAt(body, path)));
  const uriType = (path: PathToken[]) =>
    nameOf(path) === "type" && texts(path).some((t) => t !== undefined && (isAbsoluteUri(t) || isAboutBlank(t)));
  const named = leaves(bodies[0]!.body)
    .map((l) => l.path)
    .filter((path) => known || rank(nameOf(path)) < CODE_NAMES.length);
  const fitting = named.filter((path) =>
    bodies.every(({ body, code }) => {
      const text = codeText(valueAt(body, path));
      if (text === undefined) return false;
      return known ? text === code : !/\s/.test(text);
    }),
  );
  if (known) return fitting.sort(better)[0];
  return (
    fitting.filter((path) => !uriType(path)).sort(better)[0] ??
    fitting.filter((path) => nameOf(path) === "type" && uriPrefixOf(texts(path)) !== undefined).sort(better)[0]
  );
}

/** RFC 9457's default problem type, which says only "see the status": no code. */
export const isAboutBlank = (text: string) => text.trim().toLowerCase() === "about:blank";

const HTTP_URI = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i;
/** The least a prefix holds: scheme and host (`https://x.example/`), or a URN's namespace (`urn:x:`). */
const HTTP_FLOOR = /^https?:\/\/[^\s/?#]+\//i;
const URN_FLOOR = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:/i;
/** A template marker: a prefix holding one would be read as a slot. */
const MARKER = /\{\{[^{}]*\}\}/;

/** An absolute http(s) URI or a URN: the forms a problem type's code is the last segment of. */
export const isAbsoluteUri = (text: string) => HTTP_URI.test(text) || URN.test(text);

/** Where a URI's code may start: after a `/` in an http(s) URI, after a `:` in a URN. */
function cutToSeparator(text: string): string | undefined {
  const urn = /^urn:/i.test(text);
  const at = text.lastIndexOf(urn ? ":" : "/");
  const prefix = at < 0 ? "" : text.slice(0, at + 1);
  return (urn ? URN_FLOOR : HTTP_FLOOR).test(prefix) && !MARKER.test(prefix) ? prefix : undefined;
}

/**
 * The prefix URIs share before their codes: the longest text all of them start with, cut back to end with `/` (`:` in
 * a URN) so that what follows is a code in each; for one URI, all but its last segment. When no prefix leaves a code
 * in all of them (other hosts, deeper paths), the one that leaves a code in the most, the shorter on a tie.
 */
export function uriCodePrefix(uris: readonly string[]): string | undefined {
  if (!uris.length) return undefined;
  let common = uris[0]!;
  for (const u of uris) {
    let i = 0;
    while (i < common.length && i < u.length && common[i] === u[i]) i++;
    common = common.slice(0, i);
  }
  const candidates = new Set<string>();
  for (const text of [common, ...uris]) {
    const prefix = cutToSeparator(text);
    if (prefix !== undefined) candidates.add(prefix);
  }
  let best: { prefix: string; fits: number } | undefined;
  for (const prefix of candidates) {
    const fits = uris.filter((u) => u.startsWith(prefix) && CODE_PATTERN.test(u.slice(prefix.length))).length;
    if (fits && (!best || fits > best.fits || (fits === best.fits && prefix.length < best.prefix.length))) best = { prefix, fits };
  }
  return best?.prefix;
}

/**
 * Whether the values at the code's place hold URIs whose last segment is the code (`https://x.example/errors/{code}`):
 * the prefix their codes follow, when URIs are at least as many as bare codes there (`about:blank` counts as
 * neither); undefined when the values are the codes themselves.
 */
export function uriPrefixOf(values: readonly unknown[]): string | undefined {
  const texts = values.map(codeText).filter((t): t is string => t !== undefined && !isAboutBlank(t));
  const uris = texts.filter(isAbsoluteUri);
  if (!uris.length || uris.length * 2 < texts.length) return undefined;
  return uriCodePrefix(uris);
}

/**
 * The code a value at the code's place holds, read with the URI prefix the values share (uriPrefixOf), or why it holds
 * none: `about:blank`, a URI that does not start with the prefix, or a bare code among URIs (which URI it stands for is
 * not guessed). Without a prefix, the text itself; whether it is a valid code is the caller's to judge.
 */
export function codeFromText(text: string, prefix: string | undefined): { code: string } | { skip: string } {
  if (isAboutBlank(text)) return { skip: `"${text}" (RFC 9457's default problem type) is not a code` };
  if (prefix === undefined) return { code: text };
  if (text.startsWith(prefix)) {
    const code = text.slice(prefix.length);
    if (CODE_PATTERN.test(code)) return { code };
    return { skip: `"${code}" after ${prefix} is not a code (1–64 letters, digits and _ : . -)` };
  }
  if (isAbsoluteUri(text)) return { skip: `"${text}" does not start with ${prefix}, which the other URIs there share` };
  return {
    skip: `"${text}" is a bare code where the other examples have a URI (${prefix}…); which URI it stands for is not guessed`,
  };
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
