import { getCatalogs } from "../catalog/repository";
import { buildShortLinkIndex, type ShortLinkIndex } from "./index";

let cache: ShortLinkIndex | undefined;

/** The short-link index of the site's catalogs, built once per process. */
export function getShortLinkIndex(): ShortLinkIndex {
  cache ??= buildShortLinkIndex(getCatalogs());
  return cache;
}
