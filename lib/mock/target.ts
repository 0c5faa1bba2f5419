import type { Catalog } from "../catalog/schema";
import type { Entry } from "../catalog/model";
import { catalogEnvelope, type BodyEntry } from "../formats";
import { shortLink } from "../links";
import { SITE_ORIGIN } from "../site";
import type { MockTarget } from "./inputs";

/**
 * What a body needs of an entry, and no more: the Try it panel receives it as a prop. Its `url` and `shortUrl` are on
 * `origin`; "" leaves them as paths, for a page that learns its origin only at run time (see onOrigin).
 */
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
export function mockTarget(
  catalog: Pick<Catalog, "slug" | "service" | "envelope">,
  entry: Entry,
  origin: string = SITE_ORIGIN,
): MockTarget {
  return {
    catalog: catalog.slug,
    envelope: catalogEnvelope(catalog),
    ...(catalog.envelope.default_status !== undefined ? { defaultStatus: catalog.envelope.default_status } : {}),
    entry: bodyEntry(entry, origin),
  };
}

/** A target made with origin "" (paths), with its page URLs put on `origin`: what the body says where the page is served. */
export function onOrigin(target: MockTarget, origin: string): MockTarget {
  if (!origin) return target;
  return { ...target, entry: { ...target.entry, url: `${origin}${target.entry.url}`, shortUrl: `${origin}${target.entry.shortUrl}` } };
}
