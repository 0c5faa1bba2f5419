import type { ErrorEntry, Status } from "../catalog/schema";
import { secondaryText } from "../catalog/searchable";
import type { TemplateNode } from "../formats/template";
import { reasonPhrase } from "../http-status";
import { messageLiterals, messagePieces } from "../catalog/placeholders";
import { codeParts, normalizeCode, words } from "./text";

/**
 * What a result needs to be shown, as shipped to the browser: `[code, status, message, domain, title?, route?, names?]`,
 * where `names` are the message's declared placeholders, sent only when it has a printf one (`%v` shows as `{key}`).
 */
export type ShippedRecord = [
  code: string,
  status: Status | null,
  message: string,
  domain: string,
  title?: string | 0,
  route?: string | 0,
  names?: string[],
];

export interface SearchRecord {
  code: string;
  /** The code folded (normalizeCode) and its parts (words), worked out once at load rather than per query. */
  folded: string;
  parts: string[];
  /** Absent for a code sent without an HTTP status. */
  status?: Status;
  message: string;
  domain: string;
  title?: string;
  route?: string;
  /** The message's declared placeholder names, in order (shownPieces), when it has a printf placeholder. */
  placeholders?: string[];
}

export interface ShardCatalog {
  slug: string;
  name: string;
  /** A built-in format's id, or `catalog:{slug}` for a catalog's own template. */
  format: string;
  /** A catalog's own template, so a pasted body in its envelope is recognised. */
  envelope?: { label: string; template: TemplateNode };
}

/**
 * A part of the exported index: some catalogs' records, in catalog order, and FlexSearch's export of their index.
 * The browser gets one shard per catalog (a big catalog in several, each numbering its records from 0); the server
 * holds every catalog in one shard.
 */
export interface ShardData {
  catalogs: ShardCatalog[];
  /** Where each catalog's records start in `records`. */
  starts: number[];
  records: ShippedRecord[];
  index: Record<string, string>;
}

/** The document FlexSearch indexes for one entry; `id` is the entry's position in its catalog. */
export type IndexDoc = {
  id: number;
  code: string;
  title: string;
  message: string;
  route: string;
  more: string;
};

export function toShipped(e: ErrorEntry): ShippedRecord {
  const r: ShippedRecord = [e.code, e.status ?? null, e.message, e.domain];
  // A brace placeholder already reads as its name; only a printf one needs the declared names to be shown by name.
  const names = e.placeholders?.length && hasPrintf(e.message) ? e.placeholders.map((p) => p.name) : undefined;
  if (e.title || e.route || names) r.push(e.title ?? 0);
  if (e.route || names) r.push(e.route ?? 0);
  if (names) r.push(names);
  return r;
}

export function fromShipped([code, status, message, domain, title, route, names]: ShippedRecord): SearchRecord {
  const r: SearchRecord = { code, folded: normalizeCode(code), parts: codeParts(code), message, domain };
  if (status !== null) r.status = status;
  if (title) r.title = title;
  if (route) r.route = route;
  if (names?.length) r.placeholders = names;
  return r;
}

function hasPrintf(message: string): boolean {
  return messagePieces(message).some((piece) => "printf" in piece);
}

/**
 * The indexed fields of an entry; `more` holds the lower-weight text: domain, status phrase and the entry's secondary
 * text with its Markdown docs (lib/catalog/searchable.ts).
 */
export function indexDoc(id: number, e: ErrorEntry): IndexDoc {
  return {
    id,
    // The whole code folded together too, so "aut10" finds AUT-1002 as well as "aut" and "1002" do; and the letter
    // and digit runs of a part that mixes them, so "50126" finds AADSTS50126.
    code: [e.code, e.code.replace(/[^A-Za-z0-9]+/g, ""), ...codeParts(e.code).slice(words(e.code).length)].join(" "),
    title: e.title ?? "",
    message: messageLiterals(e.message).join(" "),
    route: e.route ?? "",
    more: [e.domain, reasonPhrase(e.status), ...secondaryText(e, { docs: true })].join(" "),
  };
}
