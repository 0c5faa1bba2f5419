import type { Catalog } from "../catalog/schema";
import { typeBaseName } from "../formats";
import { routes } from "../routes";
import { SITE_ORIGIN } from "../site";
import { statusKey } from "./export";

/**
 * A few lines of YAML for an API's own spec: an operation's response that `$ref`s the catalog's response for its most
 * common status in /downloads/{slug}.openapi.json, so Redoc, Scalar and Swagger UI show every code as a named example.
 */
export function openApiUseSnippet(catalog: Catalog): string {
  const counts = new Map<string, number>();
  for (const e of catalog.errors) counts.set(statusKey(e.status), (counts.get(statusKey(e.status)) ?? 0) + 1);
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const component = `${typeBaseName(catalog.slug)}${key === "default" ? "Default" : key}`;
  const file = `${SITE_ORIGIN}${routes.download(`${catalog.slug}.openapi.json`)}`;
  return [
    "# In your OpenAPI spec, under an operation:",
    "responses:",
    `  "${key}":`,
    `    $ref: "${file}#/components/responses/${component}"`,
    "",
  ].join("\n");
}
