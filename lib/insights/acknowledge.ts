import { LineCounter, parseDocument, isMap, isSeq, isScalar } from "yaml";
import type { Catalog } from "../catalog/schema";
import type { CatalogIssue } from "../catalog/issues";
import type { Finding } from "./types";

/**
 * Acknowledgements that name no current finding of their catalog, as file:line issues.
 * `sources` maps a catalog slug to its file label and text, to find the line of each entry.
 */
export function acknowledgementIssues(
  catalogs: readonly Catalog[],
  findings: readonly Finding[],
  sources: ReadonlyMap<string, { file: string; text: string }>,
): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  for (const catalog of catalogs) {
    const acks = catalog.acknowledged ?? [];
    if (!acks.length) continue;
    const source = sources.get(catalog.slug);
    const lines = source ? ackLines(source.text) : [];
    acks.forEach((ack, i) => {
      const found = findings.find((f) => f.id === ack.finding);
      if (found && found.catalogs.includes(catalog.slug)) return;
      issues.push({
        file: source?.file ?? catalog.slug,
        line: lines[i] ?? 1,
        field: `acknowledged[${i}].finding`,
        message: found
          ? `finding "${ack.finding}" does not involve this catalog`
          : `no such finding "${ack.finding}"; npm run lint:catalogs lists the current ids`,
      });
    });
  }
  return issues;
}

/** Line of each acknowledged[i].finding value in the YAML text. */
function ackLines(text: string): number[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const seq = doc.get("acknowledged", true);
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => {
    const node = isMap(item) ? item.get("finding", true) : undefined;
    const offset = isScalar(node) ? node.range?.[0] : undefined;
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  });
}
