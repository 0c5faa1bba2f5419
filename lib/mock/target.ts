import type { Catalog } from "../catalog/schema";
import type { Entry } from "../catalog/model";
import type { MockTarget } from "./inputs";

/** Only what rendering needs, so the Try it panel receives a small prop and never the whole entry. */
export function mockTarget(catalog: Pick<Catalog, "slug" | "envelope">, entry: Entry): MockTarget {
  const { code, status, title, message, placeholders, validation } = entry;
  return {
    catalog: catalog.slug,
    format: catalog.envelope.format,
    ...(catalog.envelope.default_status !== undefined ? { defaultStatus: catalog.envelope.default_status } : {}),
    entry: { code, status, message, ...(title ? { title } : {}), ...(placeholders ? { placeholders } : {}), ...(validation ? { validation } : {}) },
  };
}
