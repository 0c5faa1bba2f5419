import { normalizeCode } from "../catalog/normalize";
import { operationsOf, type RetryAdvice } from "../catalog/operations";
import type { Status } from "../catalog/schema";
import { routes } from "../routes";
import { BUILTIN_SHAPES, type EnvelopeShape } from "../search/identify";
import type { ShardCatalog, ShippedRecord } from "../search/records";
import { isWeakCode, tokenTable, type TokenInfo, type TokenTable } from "./codes-in-text";
import type { TemplateNode } from "../formats/template";
import { compileMessages, type MessageMatcher } from "./messages";
import type { TriageIndexData } from "./types";

/** A documented code as triage reports it. */
export interface TriageRecord {
  /** Index into TriageIndex.catalogs. */
  catalog: number;
  code: string;
  status: Status | null;
  title?: string;
  message: string;
  url: string;
  retry: RetryAdvice;
}

/** Everything triage looks codes up in, prepared once: maps, envelope shapes and compiled message matchers. */
export interface TriageIndex {
  catalogs: ShardCatalog[];
  records: TriageRecord[];
  /** Folded code (normalizeCode) → records, for codes read from bodies. */
  byFolded: Map<string, number[]>;
  /** Exact code → records, for codes that bodies in a foreign envelope carry. */
  byCode: Map<string, number[]>;
  /** Tokens worth a look in text: codes (exact) and message anchor words. */
  table: TokenTable;
  messages: MessageMatcher[];
  /** Every envelope a body may be in: the built-in formats, then catalogs' own templates. */
  shapes: EnvelopeShape[];
  /** Format id → indexes of the catalogs whose envelope it is. */
  catalogsOfFormat: Map<string, number[]>;
  /**
   * The top-level keys under which some envelope puts its code: an object with none of them is no body. Undefined
   * when an envelope is not an object (every object must then be tried).
   */
  bodyKeys?: string[];
}

/** Whether a template node holds the {{code}} slot somewhere. */
function holdsCode(node: TemplateNode): boolean {
  switch (node.kind) {
    case "slot":
      return node.slot.name === "code";
    case "text":
      return node.parts.some((p) => typeof p !== "string" && p.name === "code");
    case "array":
      return node.items.some(holdsCode);
    case "object":
      return node.entries.some(([, c]) => holdsCode(c));
    default:
      return false;
  }
}

function bodyKeys(shapes: readonly EnvelopeShape[]): string[] | undefined {
  const keys = new Set<string>();
  for (const { template } of shapes) {
    if (template.kind !== "object") return undefined;
    for (const [key, child] of template.entries) if (holdsCode(child)) keys.add(key);
  }
  return [...keys];
}

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
};

function fail(parameter: string, problem: string): never {
  throw new TypeError(`triageIndex: ${parameter} ${problem}`);
}

/** Checks one shard's shape, so a wrong file fails with its parameter named rather than deep inside the engine. */
function checkData(data: TriageIndexData, at: string): void {
  if (data === null || typeof data !== "object") fail(at, "must be an object with catalogs, starts and records");
  if (!Array.isArray(data.catalogs)) fail(`${at}.catalogs`, "must be an array");
  if (!Array.isArray(data.starts) || data.starts.length !== data.catalogs.length)
    fail(`${at}.starts`, `must be an array with one start per catalog (${data.catalogs.length})`);
  if (!Array.isArray(data.records)) fail(`${at}.records`, "must be an array");
  data.catalogs.forEach((c, i) => {
    if (!c || typeof c.slug !== "string" || typeof c.format !== "string") fail(`${at}.catalogs[${i}]`, "must have a slug and a format");
  });
  let last = 0;
  data.starts.forEach((s, i) => {
    if (!Number.isInteger(s) || s < last || s > data.records.length)
      fail(`${at}.starts[${i}]`, "must be ascending record positions within records");
    last = s;
  });
  data.records.forEach((r, i) => {
    if (!Array.isArray(r) || typeof r[0] !== "string" || typeof r[2] !== "string")
      fail(`${at}.records[${i}]`, "must be [code, status, message, domain, title?, route?, names?]");
  });
}

/** Prepares triage over one or more shards' worth of catalogs (each shard's `index` is ignored). */
export function triageIndex(data: TriageIndexData | TriageIndexData[]): TriageIndex {
  const shards = Array.isArray(data) ? data : [data];
  shards.forEach((s, i) => checkData(s, Array.isArray(data) ? `data[${i}]` : "data"));
  const catalogs: ShardCatalog[] = [];
  const catalogIndex = new Map<string, number>();
  const records: TriageRecord[] = [];
  const seen = new Set<string>();
  for (const shard of shards) {
    shard.catalogs.forEach((c, i) => {
      let ci = catalogIndex.get(c.slug);
      if (ci === undefined) {
        ci = catalogs.push(c) - 1;
        catalogIndex.set(c.slug, ci);
      }
      const end = shard.starts[i + 1] ?? shard.records.length;
      for (const shipped of shard.records.slice(shard.starts[i], end)) {
        const record = toRecord(ci, c.slug, shipped);
        // A code appears once per catalog, however many shards repeat it.
        const key = `${ci}\u0000${record.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        records.push(record);
      }
    });
  }
  const byFolded = new Map<string, number[]>();
  const byCode = new Map<string, number[]>();
  records.forEach((r, id) => {
    add(byFolded, normalizeCode(r.code), id);
    add(byCode, r.code, id);
  });
  const messages = compileMessages(records.map((r) => r.message));
  const tokens = new Map<string, TokenInfo>();
  for (const [code, ids] of byCode) tokens.set(code, { code: { ids, weak: isWeakCode(code) } });
  messages.forEach((m, i) => {
    const info = tokens.get(m.anchor) ?? {};
    (info.anchors ??= []).push(i);
    tokens.set(m.anchor, info);
  });
  const shapes: EnvelopeShape[] = [...BUILTIN_SHAPES];
  const catalogsOfFormat = new Map<string, number[]>();
  catalogs.forEach((c, ci) => {
    add(catalogsOfFormat, c.format, ci);
    if (c.envelope && !shapes.some((s) => s.format === c.format)) shapes.push({ format: c.format, ...c.envelope });
  });
  return {
    catalogs,
    records,
    byFolded,
    byCode,
    table: tokenTable(tokens),
    bodyKeys: bodyKeys(shapes),
    messages,
    shapes,
    catalogsOfFormat,
  };
}

function toRecord(catalog: number, slug: string, [code, status, message, , title]: ShippedRecord): TriageRecord {
  const s = status ?? undefined;
  return {
    catalog,
    code,
    status: status ?? null,
    ...(title ? { title } : {}),
    message,
    url: routes.code(slug, code),
    // What the catalog's `action` would not change: the retry advice follows from the status and what the code names.
    retry: operationsOf({ status: s, code, message, ...(title ? { title } : {}) }).retry,
  };
}
