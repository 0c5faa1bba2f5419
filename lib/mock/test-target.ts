import { BUILTIN_ENVELOPES, type BuiltinId } from "../formats/builtin";
import type { BodyEntry } from "../formats";
import { shortLink } from "../links";
import type { MockTarget } from "./inputs";

/** A mock target for tests: a code in a built-in envelope, with the page URLs a body may carry. */
export function testTarget(
  catalog: string,
  format: BuiltinId,
  entry: Omit<BodyEntry, "url" | "shortUrl" | "domain"> & { domain?: string },
  defaultStatus?: number,
): MockTarget {
  return {
    catalog,
    envelope: BUILTIN_ENVELOPES[format],
    entry: {
      domain: "Test",
      url: `https://errata.test/catalogs/${catalog}/${entry.code}`,
      shortUrl: shortLink(entry.code, "https://errata.test"),
      ...entry,
    },
    ...(defaultStatus !== undefined ? { defaultStatus } : {}),
  };
}
