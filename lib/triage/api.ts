import type { Status } from "../catalog/schema";
import type { TriageResult } from "./types";

/** What `POST /api/triage` answers, and `npm run triage -- --json` prints per file. */
export interface TriageApiResult {
  lines: number;
  findings: { catalog: string; code: string; status: Status | null; count: number; firstLine: number; lastLine: number; url: string }[];
  undocumented: { catalogs: string[]; code: string; count: number; firstLine: number }[];
}

/** The public JSON of a result: the fields the API promises, in its order, and nothing more. */
export function apiResult(result: TriageResult): TriageApiResult {
  return {
    lines: result.lines,
    findings: result.findings.map((f) => ({
      catalog: f.catalog,
      code: f.code,
      status: f.status,
      count: f.count,
      firstLine: f.firstLine,
      lastLine: f.lastLine,
      url: f.url,
    })),
    undocumented: result.undocumented.map((u) => ({ catalogs: u.catalogs, code: u.code, count: u.count, firstLine: u.firstLine })),
  };
}
