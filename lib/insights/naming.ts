import type { Catalog } from "../catalog/schema";
import { entriesOf } from "../catalog/model";
import type { Finding } from "./types";

/** Code shapes, most specific first: a code has the first shape it matches. */
export const CODE_SHAPES = [
  { id: "PREFIX_NNN", example: "AUTH_001", pattern: /^[A-Z]+_\d+$/ },
  { id: "PREFIX-NNNN", example: "AUT-1002", pattern: /^[A-Z]+-\d+$/ },
  { id: "domain:reason", example: "user:not_found", pattern: /^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$/ },
  { id: "UPPER_SNAKE", example: "TOKEN_EXPIRED", pattern: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/ },
  { id: "lower_snake", example: "auth_login_db_error", pattern: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/ },
] as const;

export function codeShape(code: string): string {
  return CODE_SHAPES.find((s) => s.pattern.test(code))?.id ?? "other";
}

/** A catalog's convention is the shape most of its codes share (at least 60%); codes of another shape break it. */
export function namingConvention(catalogs: readonly Catalog[]): Finding[] {
  const out: Finding[] = [];
  for (const catalog of catalogs) {
    const entries = entriesOf(catalog);
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(codeShape(e.code), (counts.get(codeShape(e.code)) ?? 0) + 1);
    const [shape, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["other", 0];
    if (shape === "other" || count / entries.length < 0.6 || count === entries.length) continue;
    const breaking = entries.filter((e) => codeShape(e.code) !== shape);
    const example = CODE_SHAPES.find((s) => s.id === shape)?.example;
    out.push({
      id: `naming:${catalog.slug}`,
      kind: "naming",
      severity: "warning",
      title: `${breaking.length} ${breaking.length === 1 ? "code breaks" : "codes break"} ${catalog.service.name}’s ${shape} convention`,
      detail: `${count} of ${entries.length} codes are ${shape} (like ${example}); ${breaking.map((e) => e.code).join(", ")} ${breaking.length === 1 ? "is" : "are"} not. Clients that parse the code (splitting on “:”, say) will stumble on them.`,
      catalogs: [catalog.slug],
      codes: breaking.map((e) => ({ catalog: e.catalog, code: e.code, status: e.status, url: e.url })),
    });
  }
  return out;
}
