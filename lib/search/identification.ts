import type { BodyShape } from "./identify";
import type { ShardCatalog } from "./records";
import type { SearchHit } from "./types";

/** What a pasted body was recognised as: its envelope's catalogs, whether its code is known, and a sentence saying so. */
export interface Identification extends BodyShape {
  /** Catalogs whose envelope is this format. */
  catalogs: ShardCatalog[];
  /** Whether the code is in a catalog. */
  known: boolean;
  /** One plain sentence saying what was recognised. */
  summary: string;
}

function listInWords(items: string[]): string {
  return new Intl.ListFormat("en", { type: "conjunction" }).format(items);
}

/**
 * The sentence for a recognised body. `hits` are the code's exact hits (none: no catalog has it); `catalogs` are those
 * whose envelope the body is in.
 */
export function identificationSummary(shape: BodyShape, catalogs: readonly ShardCatalog[], hits: readonly SearchHit[]): string {
  const owners = [...new Set(hits.map((h) => h.catalogName))];
  const names = catalogs.map((c) => c.name).join(", ");
  const where = shape.format.startsWith("catalog:")
    ? `the ${names} envelope`
    : names
      ? `the ${names} format (${shape.formatLabel})`
      : `the ${shape.formatLabel} format, which no catalog here uses`;
  if (owners.length === 0) return `Recognised ${where}, but the code ${shape.code} is not in any catalog.`;
  const inTheirs = hits.some((h) => catalogs.some((c) => c.slug === h.catalog));
  // A known code in a body of another catalog's format: say where the code is, not only whose format it is.
  if (!inTheirs) {
    return `Recognised ${where}: code ${shape.code}, which is in ${listInWords(owners)}${names ? `, not in ${listInWords(catalogs.map((c) => c.name))}` : ""}.`;
  }
  return `Recognised ${where}: code ${shape.code}.`;
}

/** Hits for a recognised body: the code's own hits, those in the body's envelope first. */
export function identifiedHits(exact: SearchHit[], catalogs: readonly ShardCatalog[]): SearchHit[] {
  const inFormat = (h: SearchHit) => catalogs.some((c) => c.slug === h.catalog);
  return [...exact].sort((a, b) => Number(inFormat(b)) - Number(inFormat(a)));
}
