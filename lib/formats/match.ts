import type { Slot, TemplateNode } from "./template";

/** What a body says when read through a template: its code and message, and how well it fits the template. */
export interface TemplateMatch {
  code: string;
  message?: string;
  /** True when the body has exactly the template's shape: its keys, literals and value types, nothing more. */
  exact: boolean;
  /** Keys and literals the body shares with the template, less keys it has that the template lacks. */
  fit: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A code as written: letters, digits and _ : . - (lazy, so literal text after it is not swallowed). */
const CODE_GROUP = "[A-Za-z0-9_:.-]{1,64}?";

/** Compiled text patterns by text node and slot name: templates are compiled once, bodies read many times. */
const patterns = new WeakMap<(string | Slot)[], Map<string, RegExp>>();

/** A text node as a regular expression, with a named group for `name` where the text carries that slot. */
function textPattern(parts: (string | Slot)[], name: string): RegExp {
  let byName = patterns.get(parts);
  if (!byName) patterns.set(parts, (byName = new Map()));
  let pattern = byName.get(name);
  if (!pattern) byName.set(name, (pattern = compileTextPattern(parts, name)));
  return pattern;
}

function compileTextPattern(parts: (string | Slot)[], name: string): RegExp {
  let named = false;
  const source = parts
    .map((p) => {
      if (typeof p === "string") return escape(p);
      const inner = p.name === "code" ? CODE_GROUP : "[\\s\\S]*?";
      if (p.name !== name || named) return `(?:${inner})`;
      named = true;
      return `(?<slot>${inner})`;
    })
    .join("");
  return new RegExp(`^${source}$`);
}

const scalar = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined);

/**
 * A slot's value as text, read where the template puts it: at its key (`{"error": {"code": …}}`) or inside
 * interpolated text (`"AADSTS50126: …"`). Undefined when the body lacks the template's shape there.
 */
export function readSlot(template: TemplateNode, body: unknown, name: string): string | undefined {
  switch (template.kind) {
    case "slot":
      return template.slot.name === name ? scalar(body) : undefined;
    case "text":
      if (typeof body !== "string" || !template.parts.some((p) => typeof p !== "string" && p.name === name)) return undefined;
      return textPattern(template.parts, name).exec(body)?.groups?.slot;
    case "array":
      if (!Array.isArray(body)) return undefined;
      for (let i = 0; i < template.items.length; i++) {
        const found = readSlot(template.items[i]!, body[i], name);
        if (found !== undefined) return found;
      }
      return undefined;
    case "object":
      if (!isObject(body)) return undefined;
      for (const [key, child] of template.entries) {
        if (!Object.hasOwn(body, key)) continue;
        const found = readSlot(child, body[key], name);
        if (found !== undefined) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Slots every body has a value for, so their keys are never left out. */
const ALWAYS = new Set(["code", "message", "domain", "url", "short_url", "request_id", "timestamp"]);

function slotFits(slot: Slot, value: unknown): boolean {
  if (slot.name === "details") return true;
  if (slot.name === "status") return Number.isInteger(value);
  if (slot.number) return typeof value === "number" || typeof value === "string";
  return typeof value === "string";
}

/** A whole-slot value whose slot can have no value for some code (a title, a status, details, a var). */
function droppable(node: TemplateNode, titleAlways: boolean): boolean {
  return node.kind === "slot" && !ALWAYS.has(node.slot.name) && !(titleAlways && node.slot.name === "title");
}

/** [exact, fit] of a value against a template node. */
function compare(node: TemplateNode, value: unknown, titleAlways: boolean): [boolean, number] {
  switch (node.kind) {
    case "literal":
      return value === node.value ? [true, 1] : [false, 0];
    case "slot":
      return [slotFits(node.slot, value), 0];
    case "text":
      return typeof value === "string" && textPattern(node.parts, "").test(value) ? [true, 1] : [false, 0];
    case "array": {
      if (!Array.isArray(value)) return [false, 0];
      let exact = value.length <= node.items.length;
      let fit = 0;
      node.items.forEach((n, i) => {
        const [e, f] = i < value.length ? compare(n, value[i], titleAlways) : [droppable(n, titleAlways), 0];
        exact &&= e;
        fit += f;
      });
      return [exact, fit];
    }
    case "object": {
      if (!isObject(value)) return [false, 0];
      let exact = true;
      let fit = 0;
      const keys = new Set(node.entries.map(([k]) => k));
      for (const [key, child] of node.entries) {
        if (!Object.hasOwn(value, key)) {
          // Only a key whose whole value is a slot may be left out.
          exact &&= droppable(child, titleAlways);
          continue;
        }
        const [e, f] = compare(child, value[key], titleAlways);
        exact &&= e;
        fit += 1 + f;
      }
      const extra = Object.keys(value).filter((k) => !keys.has(k)).length;
      return [exact && extra === 0, fit - extra];
    }
  }
}

/**
 * Reads a body through a template; undefined when the code is not where the template puts it. `titleAlways`: the
 * envelope fills {{title}} for every code (a built-in format's fallback), so a body without it is not exact.
 */
export function matchBody(template: TemplateNode, body: unknown, titleAlways = false): TemplateMatch | undefined {
  const code = readSlot(template, body, "code")?.trim();
  if (!code) return undefined;
  const message = readSlot(template, body, "message")?.trim();
  const [exact, fit] = compare(template, body, titleAlways);
  return { code, ...(message ? { message } : {}), exact, fit };
}
