import { getCatalog } from "@/lib/catalog/repository";
import { envelopeName } from "@/lib/formats";
import { JsonBlock } from "../json-block";

/** A catalog's documented envelope example, read from the catalog so guides never restate it. */
export function Envelope({ catalog: slug }: { catalog: string }) {
  const catalog = getCatalog(slug);
  if (!catalog) {
    if (process.env.ERRATA_CATALOG_DIR) return null;
    throw new Error(`<Envelope catalog="${slug}"/>: no such catalog`);
  }
  return <JsonBlock code={catalog.envelope.example} label={`${catalog.service.name} envelope (${envelopeName(catalog)})`} />;
}
