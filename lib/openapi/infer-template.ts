import type { Status } from "../catalog/schema";
import { concreteStatus } from "../http-status";
import { requestIdProblem, timestampProblem } from "../mock/inputs";
import { formatCodePath, leaves, valueAt, type PathToken } from "./code-path";
import { child } from "./pointer";

/**
 * An envelope template read off example bodies, one per code: where each body repeats the code, the message, the
 * status (and title, domain, page URL, short link, request id, timestamp) the template has that slot; text made of
 * them is interpolated; values that differ per code become `{{vars.NAME}}` with each code's value; constants stay.
 */

/** One code's example body and what is known of the code apart from it. */
export interface CodeSample {
  code: string;
  body: unknown;
  /** Pointer of the body itself (an example's `value`, or `example`). */
  pointer: string;
  status?: Status;
  domain: string;
  /** Known apart from the body: `x-errata` (or, for title, an example summary). */
  title?: string;
  url?: string;
  shortUrl?: string;
}

export interface InferredTemplate {
  /** The template as JSON (strings carry the {{slot}} markers). */
  template: unknown;
  /** Per code: its message (read where the template puts {{message}}), title, vars, and whether it carries details. */
  messages: Map<string, string>;
  titles: Map<string, string>;
  vars: Map<string, Record<string, string>>;
  details: Set<string>;
  defaultStatus?: number;
  /** Where the message is in the bodies that have one. */
  messagePath?: PathToken[];
  problems: { pointer: string; message: string }[];
  notices: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const MISSING = Symbol("missing");
type Value = unknown;

/** Property names that hold the human-readable message, best first. */
export const MESSAGE_NAMES = [
  "message",
  "detail",
  "error_description",
  "errorDescription",
  "error_message",
  "errorMessage",
  "description",
  "msg",
  "details",
  "title",
  "error",
  "reason",
];
const REQUEST_ID_NAMES = /^(?:x[-_]?)?(?:request[-_]?id|req[-_]?id|trace[-_]?id|correlation[-_]?id)$/i;
const STATUS_NAMES = /^(?:status|status_?code|http_?status|http_?code)$/i;
/** Keys whose value is free-form extra data: when its shape differs between codes it becomes {{details}}. */
const DETAILS_NAMES = /^(?:details?|errors|issues|data|meta|extensions|context|violations|invalid_params|fields)$/i;
const MARKER = /\{\{[^{}]*\}\}/;

const nameOf = (path: readonly PathToken[]) => String([...path].reverse().find((t) => typeof t === "string") ?? "");
const samePath = (a: readonly PathToken[] | undefined, b: readonly PathToken[]) =>
  a !== undefined && a.length === b.length && a.every((t, i) => t === b[i]);
const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every string leaf of a body with its path, shallowest first. */
function stringLeaves(body: unknown): { path: PathToken[]; value: string }[] {
  return leaves(body).filter((leaf): leaf is { path: PathToken[]; value: string } => typeof leaf.value === "string");
}

/**
 * Where the message is: the shallowest text leaf named message, detail, error_description… that every body has; else
 * one that some bodies leave out but every body that has it fills with text (`{"errcode": "M_FORBIDDEN"}` beside
 * `{"errcode": "M_UNKNOWN", "error": "Bad login type."}`).
 */
export function findMessagePath(bodies: readonly unknown[], codePath: readonly PathToken[]): PathToken[] | undefined {
  const rank = (p: PathToken[]) => MESSAGE_NAMES.indexOf(nameOf(p));
  const isText = (v: unknown) => typeof v === "string" && v.trim() !== "";
  const seen = new Set<string>();
  const candidates = bodies
    .flatMap((b) => stringLeaves(b).map((l) => l.path))
    .filter((p) => {
      const key = JSON.stringify(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return typeof p[p.length - 1] === "string" && rank(p) >= 0 && !samePath(codePath, p);
    })
    .filter((p) => bodies.every((b) => valueAt(b, p) === undefined || isText(valueAt(b, p))))
    .sort((a, b) => a.length - b.length || rank(a) - rank(b));
  return candidates.find((p) => bodies.every((b) => isText(valueAt(b, p)))) ?? candidates[0];
}

/**
 * A message that starts with its code ("AADSTS50126: Error validating…"): the same text before the code and the same
 * separator after it in every body. Returns the prefix and separator, or undefined.
 */
function codePrefix(texts: readonly string[], codes: readonly string[]): { before: string; after: string } | undefined {
  let found: { before: string; after: string } | undefined;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const at = text.indexOf(codes[i]!);
    if (at < 0 || at > 16) return undefined;
    const rest = text.slice(at + codes[i]!.length);
    const sep = /^[\s:.\-–—|)\]]+/.exec(rest)?.[0];
    if (!sep || !rest.slice(sep.length).trim()) return undefined;
    const shape = { before: text.slice(0, at), after: sep };
    if (/[A-Za-z0-9]$/.test(shape.before) && /^\D/.test(codes[i]!)) return undefined;
    if (found && (found.before !== shape.before || found.after !== shape.after)) return undefined;
    found = shape;
  }
  return found;
}

/** A var name from a key: letters, digits and _, not starting with a digit. */
function varName(key: string, taken: Set<string>): string {
  let base = key.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "value";
  if (/^\d/.test(base)) base = `_${base}`;
  base = base.slice(0, 60);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/**
 * Reads a template off one example body per code. `codePath` says where the code is; `uriPrefix`, that the code there
 * is the last segment of a URI starting with it (`"type": "https://x.example/errors/{{code}}"`).
 */
export function inferTemplate(samples: readonly CodeSample[], codePath: readonly PathToken[], uriPrefix?: string): InferredTemplate {
  const problems: InferredTemplate["problems"] = [];
  const notices: string[] = [];
  const messages = new Map<string, string>();
  const titles = new Map<string, string>();
  const vars = new Map<string, Record<string, string>>(samples.map((s) => [s.code, {}]));
  const details = new Set<string>();
  const varNames = new Set<string>();
  let detailsPath: PathToken[] | undefined;
  let defaultStatus: number | undefined;
  const codes = samples.map((s) => s.code);
  const pointerOf = (i: number, path: readonly PathToken[]) => child(samples[i]!.pointer, ...path);

  // The message: where, and whether its text starts with the code.
  const messagePath = findMessagePath(
    samples.map((s) => s.body),
    codePath,
  );
  let messageTemplate = "{{message}}";
  if (messagePath) {
    const texts = samples.map((s) => valueAt(s.body, messagePath) as string | undefined);
    const present = texts.flatMap((t, i) => (t === undefined ? [] : [i]));
    const prefix = codePrefix(
      present.map((i) => texts[i]!),
      present.map((i) => codes[i]!),
    );
    for (const i of present) {
      const t = texts[i]!;
      messages.set(codes[i]!, prefix ? t.slice(t.indexOf(codes[i]!) + codes[i]!.length + prefix.after.length) : t);
    }
    if (prefix) messageTemplate = `${prefix.before}{{code}}${prefix.after}{{message}}`;
  }
  // A title known apart from the body stays unless the body says otherwise.
  for (const s of samples) if (s.title !== undefined) titles.set(s.code, s.title);

  // Request ids and timestamps, by key name and by form, so text made of them is interpolated.
  const requestIds = samples.map((s) => stringLeaves(s.body).find((l) => REQUEST_ID_NAMES.test(nameOf(l.path)))?.value);
  const timestamps = samples.map((s) => stringLeaves(s.body).find((l) => timestampProblem(l.value) === undefined)?.value);

  const interpolate = (values: string[]): string | undefined => {
    let result: string | undefined;
    for (let i = 0; i < values.length; i++) {
      const s = samples[i]!;
      const known: [string, string | undefined][] = [
        ["message", messages.get(s.code)],
        ["url", s.url],
        ["short_url", s.shortUrl],
        ["title", titles.get(s.code)],
        ["request_id", requestIds[i]],
        ["timestamp", timestamps[i]],
        ["code", s.code],
      ];
      let parts: (string | { slot: string })[] = [values[i]!];
      for (const [slot, value] of known) {
        if (value === undefined || value.length < 2) continue;
        parts = parts.flatMap((p) =>
          typeof p !== "string" ? [p] : p.split(value).flatMap((piece, j) => (j === 0 ? [piece] : [{ slot }, piece])),
        );
      }
      if (!parts.some((p) => typeof p !== "string")) return undefined;
      if (parts.some((p) => typeof p === "string" && MARKER.test(p))) return undefined;
      const text = parts.map((p) => (typeof p === "string" ? p : `{{${p.slot}}}`)).join("");
      if (result !== undefined && result !== text) return undefined;
      result = text;
    }
    return result;
  };

  const detailsSlot = (path: PathToken[], values: Value[]): unknown => {
    if (detailsPath && !samePath(detailsPath, path)) {
      const first = values.findIndex((v) => v !== MISSING);
      problems.push({
        pointer: pointerOf(first, path),
        message: `${formatCodePath(path)} differs in shape between codes, but {{details}} is taken by ${formatCodePath(detailsPath)}; kept this body's value as a constant`,
      });
      return values[first];
    }
    detailsPath = path;
    values.forEach((v, i) => v !== MISSING && details.add(codes[i]!));
    return "{{details}}";
  };

  const scalar = (path: PathToken[], values: Value[]): unknown => {
    const present = values.map((v) => v !== MISSING);
    const all = present.every(Boolean);
    const each = (test: (v: Value, s: CodeSample, i: number) => boolean) =>
      values.every((v, i) => v === MISSING || test(v, samples[i]!, i));
    const key = nameOf(path);

    if (samePath(codePath, path)) {
      if (uriPrefix !== undefined) return `${uriPrefix}{{code}}`;
      // `| number` writes numeric codes as numbers and leaves the others text: right unless a body writes "20404" as text.
      if (!values.some((v) => typeof v === "number")) return "{{code}}";
      const textNumber = values.findIndex((v) => typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)));
      if (textNumber < 0) return "{{code | number}}";
      problems.push({
        pointer: pointerOf(textNumber, path),
        message: "the code is a number in some bodies and numeric text in this one; the template writes every code as text",
      });
      return "{{code}}";
    }
    // A message some bodies leave out is no {{message}} (which every body has), but a var the codes without one lack.
    if (messagePath && samePath(messagePath, path) && all) return messageTemplate;
    if (all && each((v, s) => v === s.code)) return "{{code}}";
    if (all && each((v, s) => (typeof v === "number" && String(v) === s.code) || (v === s.code && !Number.isFinite(Number(v)))))
      return "{{code | number}}";
    if (all && each((v, s) => v === messages.get(s.code))) return "{{message}}";

    // The status: the code's own, or for codes without one a single default status.
    if (each((v) => Number.isInteger(v))) {
      const withStatus = samples.filter((s, i) => present[i] && s.status !== undefined);
      const fits = each((v, s) => s.status === undefined || v === concreteStatus(s.status));
      const absentOk = values.every((v, i) => v !== MISSING || samples[i]!.status === undefined);
      const others = [...new Set(values.filter((v, i) => v !== MISSING && samples[i]!.status === undefined))] as number[];
      const othersAbsent = values.some((v, i) => v === MISSING && samples[i]!.status === undefined);
      if (fits && absentOk && (withStatus.length || STATUS_NAMES.test(key)) && others.length <= 1 && !(others.length && othersAbsent)) {
        if (others.length && (defaultStatus === undefined || defaultStatus === others[0])) defaultStatus = others[0];
        if (!others.length || defaultStatus === others[0]) return "{{status}}";
      }
    }
    if (each((v) => typeof v === "string")) {
      // A title: the key says so, or the body repeats the titles known apart from it.
      const named = /^title$/i.test(key);
      const repeats = samples.some((s, i) => present[i] && s.title !== undefined) && each((v, s) => s.title === undefined || v === s.title);
      if (named || (repeats && values.every((v, i) => v !== MISSING || samples[i]!.title === undefined))) {
        values.forEach((v, i) => {
          if (v !== MISSING) titles.set(codes[i]!, v as string);
          else titles.delete(codes[i]!);
        });
        return "{{title}}";
      }
      if (all && each((v, s) => s.url !== undefined && v === s.url)) return "{{url}}";
      if (all && each((v, s) => s.shortUrl !== undefined && v === s.shortUrl)) return "{{short_url}}";
      if (all && each((v, s) => v === s.domain) && new Set(values).size > 1) return "{{domain}}";
      if (all && each((v) => timestampProblem(v as string) === undefined)) return "{{timestamp}}";
      if (all && REQUEST_ID_NAMES.test(key) && each((v) => requestIdProblem(v as string) === undefined)) return "{{request_id}}";
      if (all) {
        const text = interpolate(values as string[]);
        if (text !== undefined) return text;
      }
    }
    if (all && values.every((v) => deepEqual(v, values[0]))) {
      if (typeof values[0] === "string" && MARKER.test(values[0])) {
        problems.push({ pointer: pointerOf(0, path), message: "holds {{…}}, which a template would read as a slot; left out" });
        return undefined;
      }
      return values[0];
    }
    // Differs per code: a var, set on each code that has a value.
    const strings = each((v) => typeof v === "string");
    const numbers = each((v) => typeof v === "number" && Number.isFinite(v));
    if (strings || numbers) {
      const name = varName(key, varNames);
      values.forEach((v, i) => {
        if (v !== MISSING) vars.get(codes[i]!)![name] = String(v);
      });
      return strings ? `{{vars.${name}}}` : `{{vars.${name} | number}}`;
    }
    const first = values.findIndex((v) => v !== MISSING);
    problems.push({
      pointer: pointerOf(first, path),
      message: `${formatCodePath(path)} differs between codes and is not text or a number (or is missing in some bodies); kept this body's value`,
    });
    return values[first];
  };

  const node = (path: PathToken[], values: Value[]): unknown => {
    const present = values.filter((v) => v !== MISSING);
    const all = present.length === values.length;
    if (present.every(isObject)) {
      const keySets = new Set(
        present.map((v) =>
          Object.keys(v as Json)
            .sort()
            .join("\u0000"),
        ),
      );
      if (!all || (keySets.size > 1 && DETAILS_NAMES.test(nameOf(path)) && path.length > 0)) return detailsSlot(path, values);
      const keys = [...new Set(present.flatMap((v) => Object.keys(v as Json)))];
      const out: Json = {};
      for (const k of keys) {
        const v = node(
          [...path, k],
          values.map((o) => (Object.hasOwn(o as Json, k) ? (o as Json)[k] : MISSING)),
        );
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    if (present.every(Array.isArray)) {
      const lengths = new Set(present.map((v) => (v as unknown[]).length));
      if (!all || lengths.size > 1) return detailsSlot(path, values);
      return Array.from({ length: [...lengths][0] ?? 0 }, (_, i) =>
        node(
          [...path, i],
          values.map((a) => (a as unknown[])[i]),
        ),
      ).filter((v) => v !== undefined);
    }
    if (present.some((v) => isObject(v) || Array.isArray(v))) return detailsSlot(path, values);
    return scalar(path, values);
  };

  const template = node(
    [],
    samples.map((s) => s.body),
  );
  if (details.size)
    notices.push(
      `{{details}} at ${formatCodePath(detailsPath ?? [])}: its shape differs between codes; ${details.size} code${details.size === 1 ? " is" : "s are"} marked validation: true, the codes the mock fills details for`,
    );
  return {
    template,
    messages,
    titles,
    vars,
    details,
    ...(defaultStatus !== undefined ? { defaultStatus } : {}),
    ...(messagePath ? { messagePath } : {}),
    problems,
    notices,
  };
}
