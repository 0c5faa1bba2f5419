import { getCatalogs } from "../catalog/repository";
import { isSitePath } from "../safe-links";
import { codeSlug } from "../catalog/normalize";
import { codeUrl } from "../catalog/model";
import { parseRef } from "../catalog/cross-refs";
import { buildShortLinkIndex, type ShortLinkIndex, type ShortTarget } from "./index";

let cache: ShortLinkIndex | undefined;

/** The short-link index of the site's catalogs, built once per process. */
export function getShortLinkIndex(): ShortLinkIndex {
  cache ??= buildShortLinkIndex(getCatalogs());
  return cache;
}

/** A renamed or removed code's old page in a catalog: where it went, or its tombstone. */
export function historyAt(catalog: string, slug: string): ShortTarget | undefined {
  for (const targets of getShortLinkIndex().byKey.values()) {
    for (const t of targets) {
      if (t.catalog !== catalog || t.kind === "live") continue;
      if (codeSlug(t.oldCode ?? t.code) === slug) return t;
    }
  }
  return undefined;
}

/** Old code-page params of every renamed and removed code, so those URLs stay prerendered. */
export function historyParams(): { catalog: string; code: string }[] {
  return [...getShortLinkIndex().byKey.values()].flatMap((targets) =>
    targets.filter((t) => t.kind !== "live").map((t) => ({ catalog: t.catalog, code: codeSlug(t.oldCode ?? t.code) })),
  );
}

/** Where a removed code's `see` points: a site path, "catalog/CODE", or a code of the same catalog. */
export function seeUrl(catalog: string, see: string): string | undefined {
  // A path must stay on this site: "//evil.example" starts with "/" too (validation refuses it; this is the last check).
  if (see.startsWith("/")) return isSitePath(see) ? see : undefined;
  const ref = parseRef(see) ?? { catalog, code: see };
  return codeUrl(ref.catalog, ref.code);
}
