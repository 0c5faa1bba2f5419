import { stringify } from "yaml";
import type { Catalog } from "../catalog/schema";

/** Catalog YAML: a header comment, keys in schema order. Written as YAML 1.1 so no/on/yes are quoted, which the 1.2 loader requires. */
export function catalogYaml(catalog: Catalog, sourceName: string): string {
  const body = stringify(catalog, { version: "1.1", lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
  return `# ${catalog.service.name}: imported from ${sourceName} with npm run import. Review the service, description and envelope.\n${body}`;
}
