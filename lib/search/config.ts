import { Document, Encoder } from "flexsearch";
import type { IndexDoc } from "./records";

/** Text fields and how much a match in each counts. */
export const TEXT_FIELDS = ["title", "message", "route", "more"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const FIELD_WEIGHT: Record<TextField, number> = { title: 60, message: 50, route: 45, more: 20 };

/** Names for `matched` in results. */
export type MatchedField = "code" | "title" | "message" | "route" | "more" | "status";

export type SearchIndex = Document<IndexDoc>;

/**
 * The one index configuration; importing an export needs exactly the configuration it was built with.
 * Codes get their own encoder: the default one splits "1002" into "10"+"2", so AUT-1002 would also match AUT-102.
 * Codes are forward-tokenized (prefixes match). Text fields are strict: forward would double their size
 * (about 84 B per code gzipped against 40 at 10k codes); prefixes and typos are resolved against the vocabulary
 * instead (see vocabulary.ts).
 */
export function createIndex(): SearchIndex {
  const encoder = new Encoder({ numeric: false, dedupe: false });
  return new Document<IndexDoc>({
    document: {
      id: "id",
      index: [
        { field: "code", tokenize: "forward", encoder },
        ...TEXT_FIELDS.map((field) => ({ field, tokenize: "strict" as const, encoder })),
      ],
    },
  });
}
