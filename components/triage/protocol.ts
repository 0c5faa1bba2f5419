import type { TriageResult } from "@/lib/triage/types";

/** The largest file or paste the page takes (the budget: 25 MB, in the browser). */
export const MAX_TRIAGE_BYTES = 25 * 1024 * 1024;

/** What the page asks of the triage worker. */
export type ToWorker =
  | { type: "text"; text: string }
  | { type: "file"; file: File }
  /** Lines `line - context` … `line + context` of the last log, for an excerpt. */
  | { type: "excerpt"; id: number; line: number; context: number }
  /** A shared result's findings, to be completed with titles, messages and links from the catalogs. */
  | { type: "shared"; encoded: string };

/** What the worker answers. */
export type FromWorker =
  | { type: "progress"; bytes: number; total: number }
  | {
      type: "result";
      result: TriageResult;
      /** Catalog names by slug, for headings. */
      names: Record<string, string>;
      bytes: number;
      ms: number;
      /** A result opened from a share link: no log behind it, so no excerpts. */
      shared: boolean;
    }
  | { type: "excerpt"; id: number; first: number; lines: string[] }
  | { type: "error"; message: string };
