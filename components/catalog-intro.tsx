import type { Catalog } from "@/lib/catalog/schema";
import { countBelow400, countByClass } from "@/lib/catalog/model";
import { SafeText } from "./safe-text";
import { JsonBlock } from "./json-block";
import { CatalogDownloads } from "./catalog-downloads";
import { OpenApiUse } from "./openapi-use";

/** The head of a catalog page: what the service is, its envelope, and what Errata chose where the source is silent. */
export function CatalogIntro({ catalog }: { catalog: Catalog }) {
  const counts = countByClass(catalog);
  return (
    <header className="catalog-intro">
      <p className="eyebrow">Error catalog</p>
      <h1>{catalog.service.name}</h1>
      <p className="lede">
        <SafeText text={catalog.description} />
      </p>
      <p className="counts">
        <strong>{catalog.errors.length}</strong> codes · {counts["4xx"]} client (4xx) · {counts["5xx"]} server (5xx) ·{" "}
        {/* Only where a catalog has them, so the bundled catalogs read as before. */}
        {countBelow400(counts) > 0 && <>{countBelow400(counts)} below 400 · </>}
        {counts.none > 0 && <>{counts.none} without an HTTP status · </>}
        {catalog.domains.length} domains
      </p>
      <CatalogDownloads catalog={catalog} />
      {!catalog.service.documented && (
        <p className="callout callout-note">The source does not name this service; “{catalog.service.name}” is Errata’s label.</p>
      )}
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
    </header>
  );
}
