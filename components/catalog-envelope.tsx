import type { Catalog } from "@/lib/catalog/schema";
import { SafeText } from "./safe-text";
import { JsonBlock } from "./json-block";
import { CatalogDownloads } from "./catalog-downloads";
import { OpenApiUse } from "./openapi-use";

/** After a catalog's table: the envelope every error arrives in, the notes on the catalog, and its downloads. */
export function CatalogEnvelope({ catalog }: { catalog: Catalog }) {
  return (
    <section className="catalog-envelope" aria-labelledby="envelope">
      <h2 id="envelope">Response envelope</h2>
      <p>
        Every error from this service arrives as JSON in this shape
        {catalog.envelope.documented ? ", as documented:" : ". The source does not show it; this shape is Errata’s choice:"}
      </p>
      <JsonBlock code={catalog.envelope.example} label={`${catalog.service.name} envelope example`} />
      <OpenApiUse catalog={catalog} />
      {catalog.envelope.notes && (
        <p className="muted">
          <SafeText text={catalog.envelope.notes} />
        </p>
      )}
      {catalog.notes && (
        <aside className="callout callout-note" aria-label="Notes on this catalog">
          <strong>Notes. </strong>
          <SafeText text={catalog.notes} />
        </aside>
      )}
      <h2 id="downloads">Downloads</h2>
      <CatalogDownloads catalog={catalog} />
    </section>
  );
}
