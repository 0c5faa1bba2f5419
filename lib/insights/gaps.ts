import type { Catalog } from "../catalog/schema";
import type { Finding } from "./types";

/** Statuses every HTTP API returns sooner or later, and why a client needs a documented code for them. */
const EXPECTED = [
  { status: 429, why: "rate limiting: clients need the code to back off instead of failing" },
  { status: 503, why: "temporary unavailability: clients need the code to retry later instead of giving up" },
] as const;

/** A catalog with no code for 429 or 503. A documented class ("5xx") counts as covering its statuses. */
export function gaps(catalogs: readonly Catalog[]): Finding[] {
  const out: Finding[] = [];
  for (const catalog of catalogs) {
    for (const { status, why } of EXPECTED) {
      const covered = catalog.errors.some((e) => e.status === status || e.status === `${String(status)[0]}xx`);
      if (covered) continue;
      out.push({
        id: `gap:${catalog.slug}:${status}`,
        kind: "gap",
        severity: "warning",
        title: `${catalog.service.name} has no ${status} code`,
        detail: `No code in ${catalog.service.name} is documented with ${status}; it lacks a code for ${why}.`,
        catalogs: [catalog.slug],
        codes: [],
      });
    }
  }
  return out;
}
