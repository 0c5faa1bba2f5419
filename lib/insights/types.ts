import type { Status } from "../catalog/schema";

export type FindingKind = "status-meaning" | "status-below-400" | "status-differs" | "duplicate-message" | "naming" | "gap";

/** A code a finding is about, with where to read it. */
export interface FindingCode {
  catalog: string;
  code: string;
  status: Status | undefined;
  url: string;
}

/** One consistency problem across the catalogs. Findings are warnings: they never fail a build. */
export interface Finding {
  /** Stable id a catalog names to acknowledge it, e.g. `gap:authos:503`. */
  id: string;
  kind: FindingKind;
  severity: "warning";
  title: string;
  detail: string;
  /** Catalogs the finding is about; any of them may acknowledge it. */
  catalogs: string[];
  codes: FindingCode[];
  acknowledged?: { catalog: string; reason: string };
}

export const KIND_LABELS: Record<FindingKind, string> = {
  "status-meaning": "Status contradicts meaning",
  "status-below-400": "Statuses below 400",
  "status-differs": "One meaning, different statuses",
  "duplicate-message": "Identical messages",
  naming: "Naming convention",
  gap: "Gaps",
};
