/**
 * Envelope templates: a response body written as JSON text with `{{slot}}` markers in its strings, so a catalog author
 * declares any envelope (Stripe's `type` and `param`, Entra ID's `AADSTS50126: …`) without TypeScript.
 *
 * - A string that is exactly one slot takes the slot's JSON type: `"{{status}}"` is 402, `"{{details}}"` an object,
 *   and `"{{code | number}}"` the number 20404.
 * - A slot inside longer text is interpolated as text: `"AADSTS{{code}}: {{message}}"`.
 * - A key whose whole value is a slot with no value for a code (no `param`, no status) is left out of the body.
 *
 * Built-in formats are templates too (lib/formats/builtin.ts); lib/formats/match.ts reads bodies back.
 */

export const SLOTS = ["code", "message", "title", "status", "domain", "url", "short_url", "request_id", "timestamp", "details"] as const;
export type BaseSlot = (typeof SLOTS)[number];

export interface Slot {
  /** A base slot, or `vars.NAME`. */
  name: BaseSlot | `vars.${string}`;
  /** `| number`: the value as a JSON number. */
  number?: boolean;
}

export type TemplateNode =
  | { kind: "literal"; value: null | boolean | number | string }
  | { kind: "slot"; slot: Slot }
  | { kind: "text"; parts: (string | Slot)[] }
  | { kind: "array"; items: TemplateNode[] }
  | { kind: "object"; entries: [key: string, node: TemplateNode][] };

export class TemplateError extends Error {
  constructor(
    message: string,
    /** Where in the template, as a JSON path such as `error.code`. */
    readonly at: string,
    /** Where in the template's text: the offending marker as written, or the character offset of a JSON error. */
    readonly near?: { marker: string } | { offset: number },
  ) {
    super(message);
  }
}

const MARKER = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;
const VAR_SLOT = /^vars\.[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function parseSlot(name: string, filter: string | undefined, at: string, marker: string): Slot {
  if (!(SLOTS as readonly string[]).includes(name) && !VAR_SLOT.test(name)) {
    throw new TemplateError(`unknown slot {{${name}}}; slots are ${SLOTS.map((s) => `{{${s}}}`).join(", ")} and {{vars.NAME}}`, at, {
      marker,
    });
  }
  if (filter !== undefined && filter !== "number") {
    throw new TemplateError(`unknown filter "| ${filter}" in {{${name}}}; the only filter is "| number"`, at, { marker });
  }
  return { name: name as Slot["name"], ...(filter === "number" ? { number: true } : {}) };
}

function compileString(text: string, at: string): TemplateNode {
  const parts: (string | Slot)[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(parseSlot(m[1]!, m[2], at, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  if (parts.length === 0) return { kind: "literal", value: "" };
  if (parts.length === 1 && typeof parts[0] !== "string") return { kind: "slot", slot: parts[0]! };
  if (parts.every((p) => typeof p === "string")) return { kind: "literal", value: text };
  return { kind: "text", parts };
}

function compileValue(value: unknown, at: string): TemplateNode {
  if (typeof value === "string") return compileString(value, at);
  if (Array.isArray(value)) return { kind: "array", items: value.map((v, i) => compileValue(v, `${at}[${i}]`)) };
  if (value !== null && typeof value === "object") {
    return { kind: "object", entries: Object.entries(value).map(([k, v]) => [k, compileValue(v, at ? `${at}.${k}` : k)]) };
  }
  return { kind: "literal", value: value as null | boolean | number };
}

/** Parses a template's JSON text and its slots. Throws TemplateError saying what and where. */
export function compileTemplate(text: string): TemplateNode {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    throw new TemplateError(`is not valid JSON: ${message}`, "", position ? { offset: Number(position[1]) } : undefined);
  }
  if (json === null || typeof json !== "object")
    throw new TemplateError("must be a JSON object (or array): the body an error response carries", "");
  return compileValue(json, "");
}

/** What one code's body is made of. A missing value (undefined) drops a key whose whole value is that slot. */
export interface SlotValues {
  code: string;
  message: string;
  title?: string;
  status?: number;
  domain: string;
  url: string;
  short_url: string;
  request_id?: string;
  timestamp?: string;
  details?: unknown;
  vars?: Record<string, string>;
}

function valueOf(slot: Slot, values: SlotValues): unknown {
  const raw = slot.name.startsWith("vars.") ? values.vars?.[slot.name.slice(5)] : values[slot.name as BaseSlot];
  if (raw === undefined || !slot.number) return raw;
  const n = Number(raw);
  return typeof raw !== "boolean" && String(raw).trim() !== "" && Number.isFinite(n) ? n : raw;
}

const asText = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

const MISSING = Symbol("missing");

function render(node: TemplateNode, values: SlotValues): unknown {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "slot": {
      const v = valueOf(node.slot, values);
      return v === undefined ? MISSING : v;
    }
    case "text":
      return node.parts.map((p) => (typeof p === "string" ? p : asText(valueOf(p, values)))).join("");
    case "array":
      return node.items.map((n) => render(n, values)).filter((v) => v !== MISSING);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, child] of node.entries) {
        const v = render(child, values);
        if (v !== MISSING) out[key] = v;
      }
      return out;
    }
  }
}

/** One code's body from the template. */
export function renderTemplate(template: TemplateNode, values: SlotValues): unknown {
  const body = render(template, values);
  return body === MISSING ? null : body;
}

/** Every slot the template uses, once each, in order. */
export function slotsOf(template: TemplateNode): Slot[] {
  const found = new Map<string, Slot>();
  const walk = (n: TemplateNode): void => {
    switch (n.kind) {
      case "slot":
        found.set(n.slot.name, n.slot);
        return;
      case "text":
        for (const p of n.parts) if (typeof p !== "string") found.set(p.name, p);
        return;
      case "array":
        n.items.forEach(walk);
        return;
      case "object":
        for (const [, c] of n.entries) walk(c);
        return;
      default:
        return;
    }
  };
  walk(template);
  return [...found.values()];
}
