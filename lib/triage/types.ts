import type { TriagePartial } from "./aggregate";
import type { RetryAdvice } from "../catalog/operations";
import type { Status } from "../catalog/schema";
import type { ShardCatalog, ShippedRecord } from "../search/records";

/**
 * What the triage engine is built from: one or more search shards' `catalogs`, `starts` and `records` (their FlexSearch
 * `index` is not needed), merged. A catalog split over several shards is merged back into one.
 */
export interface TriageIndexData {
  catalogs: ShardCatalog[];
  starts: number[];
  records: ShippedRecord[];
}

/** One documented code found in a log. */
export interface TriageFinding {
  catalog: string;
  code: string;
  status: Status | null;
  title?: string;
  /** The catalog's message, placeholders as written. */
  message: string;
  /** How many times it occurs (each body counts; a line mentioning the code in text counts once). */
  count: number;
  firstLine: number;
  lastLine: number;
  /** The code's page path. */
  url: string;
  /** Up to 50 line numbers where it occurs, ascending. */
  lines: number[];
  /** How it was found: in a response body, as a code in text, or by its filled-in message. */
  via: ("body" | "code" | "message")[];
  retry: RetryAdvice;
}

/** A code in a body whose envelope some catalog uses, but that no catalog documents. */
export interface TriageUndocumented {
  /** The catalogs whose envelope the body is in. */
  catalogs: string[];
  code: string;
  count: number;
  firstLine: number;
  lastLine: number;
  /** The envelope's label. */
  envelope: string;
  /** Up to 50 line numbers where it occurs, ascending. */
  lines: number[];
}

export interface TriageResult {
  /** Lines read (a final line without a newline counts; an empty input has 0). */
  lines: number;
  /** Grouped by catalog (in index order), each group by count descending, then code. */
  findings: TriageFinding[];
  /** By count descending, then code. */
  undocumented: TriageUndocumented[];
}

/** A streaming triage: push text in chunks of any size (they may split lines and bodies), then end. */
export interface Triage {
  push(chunk: string): void;
  end(): TriageResult;
  /** Ends the triage of one part of a log, for mergeTriage (engine.ts). */
  partial(): TriagePartial;
}
