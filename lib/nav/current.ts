/**
 * How a sidebar link relates to the page being read, as `aria-current` says it: "page" for the page itself, "true"
 * for a place that holds it (its catalog, its domain), undefined otherwise.
 */
export type NavCurrent = "page" | "true" | undefined;

export interface NavPlace {
  /** The path of the page being read, without query or fragment. */
  pathname: string;
  /** The breadcrumb trail of the page (app pages register theirs), as hrefs. */
  trail: readonly string[];
}

/**
 * `href` is the link's target; `at` is a page the link stands for without linking to it (a domain's own page, when the
 * sidebar links the domain's section of its catalog page instead).
 */
export function navCurrent(href: string, { pathname, trail }: NavPlace, at?: string): NavCurrent {
  const hashAt = href.indexOf("#");
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const here = trimSlash(pathname);
  if (hashAt < 0 && path === here) return "page";
  if (at !== undefined && trimSlash(at) === here) return "true";
  if (trail.includes(href)) return "true";
  // A section of the site holds every page below it: a catalog its domains and codes, the guides each guide.
  if (hashAt < 0 && path !== "/" && here.startsWith(`${path}/`)) return "true";
  return undefined;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
