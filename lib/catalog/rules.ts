import type { Catalog } from "./schema";
import { checkEnvelope } from "./envelope-rules";
import { varNamesSet } from "./model";
import { DOMAINS_SEGMENT } from "./domains";
import { codeSlug, normalizeCode } from "./normalize";
import { messageSlots, RESERVED_PARAMETERS } from "./placeholders";

export interface RuleIssue {
  path: PropertyKey[];
  message: string;
  /** For a field holding text on lines of its own (a template): the line within that text. */
  lineInText?: number;
}

/** Cross-field rules that a schema cannot say: references, uniqueness, placeholders. */
export function checkRules(catalog: Catalog): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const domainNames = new Set<string>();
  catalog.domains.forEach((domain, i) => {
    if (domainNames.has(domain.name)) issues.push({ path: ["domains", i, "name"], message: `duplicate domain "${domain.name}"` });
    domainNames.add(domain.name);
  });

  issues.push(...checkEnvelope(catalog));

  const seen = new Map<string, { code: string; index: number }>();
  catalog.errors.forEach((entry, i) => {
    const key = normalizeCode(entry.code);
    const first = seen.get(key);
    if (first) {
      const how = first.code === entry.code ? "" : ` (codes may not differ only in case or separators)`;
      issues.push({
        path: ["errors", i, "code"],
        message: `duplicate code "${entry.code}": same as errors[${first.index}] "${first.code}"${how}`,
      });
    } else seen.set(key, { code: entry.code, index: i });

    if (codeSlug(entry.code) === DOMAINS_SEGMENT) {
      issues.push({
        path: ["errors", i, "code"],
        message: `"${entry.code}" would have the page /catalogs/${catalog.slug}/${DOMAINS_SEGMENT}, which holds the catalog's domain pages; no code may have the slug "${DOMAINS_SEGMENT}"`,
      });
    }
    if (!domainNames.has(entry.domain)) {
      issues.push({ path: ["errors", i, "domain"], message: `unknown domain "${entry.domain}"; declare it under domains` });
    }

    const slots = messageSlots(entry.message);
    const used = slots.length;
    const declared = entry.placeholders?.length ?? 0;
    if (used !== declared) {
      issues.push({
        path: ["errors", i, declared ? "placeholders" : "message"],
        message: `message has ${used} placeholder${used === 1 ? "" : "s"} (%s/%d/%v…, {0}, {name}) but ${declared} ${declared === 1 ? "is" : "are"} declared under placeholders`,
      });
    } else {
      for (const slot of slots) {
        if ("name" in slot && !entry.placeholders?.some((p) => p.name === slot.name)) {
          issues.push({
            path: ["errors", i, "placeholders"],
            message: `message has {${slot.name.replace(/^arg(\d+)$/, (_, n: string) => String(Number(n) - 1))}}, so a placeholder must be declared with name ${slot.name}`,
          });
        }
      }
    }
    const names = new Set<string>();
    entry.placeholders?.forEach((p, j) => {
      if ((RESERVED_PARAMETERS as readonly string[]).includes(p.name)) {
        issues.push({
          path: ["errors", i, "placeholders", j, "name"],
          message: `"${p.name}" is also a parameter of the mock endpoint (${RESERVED_PARAMETERS.join(", ")}), so it could never be set; name it otherwise (a brace placeholder takes its name from the message)`,
        });
      }
      if (names.has(p.name)) {
        issues.push({ path: ["errors", i, "placeholders", j, "name"], message: `duplicate placeholder "${p.name}"` });
      }
      names.add(p.name);
    });
  });
  checkHistory(catalog, seen, issues);
  checkFacets(catalog, issues);
  return issues;
}

/** The table's own URL parameters: a vars facet is a parameter named after its var, so it may not take one of these. */
const TABLE_PARAMETERS = ["q", "catalog", "domain", "status", "class", "retry", "group", "sort", "dir", "collapsed"];

/** Each vars facet names a var some code sets, once, and not a name the table's URL already uses. */
function checkFacets(catalog: Catalog, issues: RuleIssue[]): void {
  const set = varNamesSet(catalog);
  const seen = new Set<string>();
  catalog.facets?.forEach((name, i) => {
    const path = ["facets", i];
    if (TABLE_PARAMETERS.includes(name))
      issues.push({
        path,
        message: `"${name}" is a parameter of the table's URL already (${TABLE_PARAMETERS.join(", ")}); a vars facet cannot be named so`,
      });
    else if (seen.has(name)) issues.push({ path, message: `duplicate facet "${name}"` });
    else if (!set.has(name))
      issues.push({ path, message: `no code sets the var "${name}"${set.size ? `; vars set: ${[...set].sort().join(", ")}` : ""}` });
    seen.add(name);
  });
}

/** renamed_from and removed codes stay reserved: none may collide with a live code or with each other. */
function checkHistory(catalog: Catalog, live: Map<string, { code: string; index: number }>, issues: RuleIssue[]): void {
  const old = new Map<string, string>();
  const claim = (code: string, where: PropertyKey[], what: string) => {
    const key = normalizeCode(code);
    const current = live.get(key);
    if (current)
      issues.push({
        path: where,
        message: `${what} "${code}" is still a code in this catalog (errors[${current.index}] "${current.code}")`,
      });
    else if (old.has(key)) issues.push({ path: where, message: `${what} "${code}" is already listed (${old.get(key)})` });
    else old.set(key, what);
  };
  catalog.errors.forEach((entry, i) => {
    entry.renamed_from?.forEach((code, j) => claim(code, ["errors", i, "renamed_from", j], "renamed_from code"));
  });
  catalog.removed?.forEach((r, i) => claim(r.code, ["removed", i, "code"], "removed code"));
}
