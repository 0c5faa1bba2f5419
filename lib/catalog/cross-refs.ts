import type { Catalog } from "./schema";
import { isSitePath } from "../safe-links";
import { normalizeCode } from "./normalize";

export interface CrossRefIssue {
  catalog: string;
  path: PropertyKey[];
  message: string;
}

/** A reference to a code in any catalog: "catalog/CODE" (the code in any spelling). */
export function parseRef(ref: string): { catalog: string; code: string } | undefined {
  const slash = ref.indexOf("/");
  if (slash <= 0 || slash === ref.length - 1) return undefined;
  return { catalog: ref.slice(0, slash), code: ref.slice(slash + 1) };
}

/** Key of a code within the whole site: catalog slug and normalized code. */
export function refKey(catalog: string, code: string): string {
  return `${catalog}/${normalizeCode(code)}`;
}

/** Checks references between catalogs: related add/remove refs and removed[].see must name live codes. */
export function checkCrossRefs(catalogs: readonly Catalog[]): CrossRefIssue[] {
  const live = new Set<string>();
  const slugs = new Set(catalogs.map((c) => c.slug));
  for (const c of catalogs) for (const e of c.errors) live.add(refKey(c.slug, e.code));
  const issues: CrossRefIssue[] = [];
  const check = (catalog: Catalog, ref: string, path: PropertyKey[], allowLocal: boolean) => {
    if (allowLocal && ref.startsWith("/")) {
      if (!isSitePath(ref)) {
        issues.push({
          catalog: catalog.slug,
          path,
          message: `"${ref}" must be a path on this site: one leading "/", e.g. /catalogs/${catalog.slug}`,
        });
      }
      return;
    }
    const parsed = parseRef(ref) ?? (allowLocal ? { catalog: catalog.slug, code: ref } : undefined);
    if (!parsed) {
      issues.push({ catalog: catalog.slug, path, message: `"${ref}" must be "catalog/CODE", e.g. "auth-service/AUTH_002"` });
    } else if (!slugs.has(parsed.catalog)) {
      issues.push({ catalog: catalog.slug, path, message: `unknown catalog "${parsed.catalog}" in "${ref}"` });
    } else if (!live.has(refKey(parsed.catalog, parsed.code))) {
      issues.push({ catalog: catalog.slug, path, message: `unknown code "${parsed.code}" in catalog "${parsed.catalog}"` });
    } else if (!allowLocal && parsed.catalog === catalog.slug) {
      issues.push({ catalog: catalog.slug, path, message: `"${ref}" is in this catalog; related pairs join codes of different catalogs` });
    }
  };
  for (const catalog of catalogs) {
    catalog.errors.forEach((entry, i) => {
      for (const field of ["add", "remove"] as const) {
        entry.related?.[field]?.forEach((ref, j) => check(catalog, ref, ["errors", i, "related", field, j], false));
      }
    });
    catalog.removed?.forEach((r, i) => {
      if (r.see) check(catalog, r.see, ["removed", i, "see"], true);
    });
  }
  return issues;
}
