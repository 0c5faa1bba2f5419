import type { Catalog } from "../catalog/schema";
import { duplicateMessages, statusBelow400, statusDiffers, statusMeaning } from "./checks";
import { gaps } from "./gaps";
import { namingConvention } from "./naming";
import type { Finding } from "./types";

export type { Finding, FindingCode, FindingKind } from "./types";
export { KIND_LABELS } from "./types";

/** Every finding across the catalogs, in kind order, with acknowledgements from the catalogs applied. */
export function findInsights(catalogs: readonly Catalog[]): Finding[] {
  const findings = [
    ...statusMeaning(catalogs),
    ...statusBelow400(catalogs),
    ...statusDiffers(catalogs),
    ...duplicateMessages(catalogs),
    ...namingConvention(catalogs),
    ...gaps(catalogs),
  ];
  for (const catalog of catalogs) {
    for (const ack of catalog.acknowledged ?? []) {
      const f = findings.find((x) => x.id === ack.finding && x.catalogs.includes(catalog.slug));
      if (f && !f.acknowledged) f.acknowledged = { catalog: catalog.slug, reason: ack.reason };
    }
  }
  return findings;
}
