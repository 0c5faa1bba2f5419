import type { Status } from "../catalog/schema";
import type { MatchedField } from "./config";
import type { Range } from "./highlight";

export interface SearchHit {
  catalog: string;
  catalogName: string;
  code: string;
  /** null for a code sent without an HTTP status. */
  status: Status | null;
  title?: string;
  message: string;
  domain: string;
  url: string;
  score: number;
  matched: MatchedField[];
  /** The message's declared placeholder names, when it has a printf placeholder, so `%v` can show as `{key}`. */
  placeholders?: readonly string[];
  /** Where the match shows best, and the ranges to mark in it. */
  snippet: { field: "message" | "title"; ranges: Range[] };
}
