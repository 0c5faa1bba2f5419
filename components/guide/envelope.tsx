import type { Catalog } from "@/lib/catalog/schema";
import { envelopeName } from "@/lib/formats";
import { JsonBlock } from "../json-block";

/** A catalog's documented envelope example, read from the catalog so guides never restate it; the guide page binds `catalogs`. */
export function Envelope({ catalog: slug, catalogs }: { catalog: string; catalogs: readonly Catalog[] }) {
  const catalog = catalogs.find((c) => c.slug === slug);
  if (!catalog) {
    if (process.env.ERRATA_CATALOG_DIR) return null;
    throw new Error(`<Envelope catalog="${slug}"/>: no such catalog`);
  }
  return <JsonBlock code={catalog.envelope.example} label={`${catalog.service.name} envelope (${envelopeName(catalog)})`} />;
}
