import path from "node:path";
import { loadCatalogDir } from "../lib/catalog/load";
import { entriesOf, fillMessage } from "../lib/catalog/model";
import { statusLabel } from "../lib/http-status";
import { shownMessage } from "../lib/catalog/placeholders";

/** The catalogs as the site was built from them: tests compare pages against the YAML, never against copies. */
export const catalogs = loadCatalogDir(path.join(process.cwd(), "content", "catalogs"));
export const entries = catalogs.flatMap(entriesOf);
export { entriesOf, fillMessage, shownMessage, statusLabel };
