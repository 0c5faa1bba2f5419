import type { Catalog } from "../catalog/schema";
import type { Entry } from "../catalog/model";
import { catalogEnvelope, type BodyEntry } from "../formats";
import { shortLink } from "../links";
import { SITE_ORIGIN } from "../site";
import type { MockTarget } from "./inputs";

/** What a body needs of an entry, and no more: the Try it panel receives it as a prop. */
export function bodyEntry(entry: Entry, origin: string = SITE_ORIGIN): BodyEntry {
  const { code, status, title, message, placeholders, validation, domain, vars } = entry;
  return {
    code,
    status,
    message,
    domain,
    url: `${origin}${entry.url}`,
    shortUrl: shortLink(code, origin),
    ...(title ? { title } : {}),
    ...(placeholders ? { placeholders } : {}),
    ...(validation ? { validation } : {}),
    ...(vars ? { vars } : {}),
  };
}

/** Only what rendering needs, so the Try it panel receives a small prop and never the whole entry. */
export function mockTarget(catalog: Pick<Catalog, "slug" | "service" | "envelope">, entry: Entry): MockTarget {
  return {
    catalog: catalog.slug,
    envelope: catalogEnvelope(catalog),
    ...(catalog.envelope.default_status !== undefined ? { defaultStatus: catalog.envelope.default_status } : {}),
    entry: bodyEntry(entry),
  };
}
