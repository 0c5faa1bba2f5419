import type { Catalog } from "@/lib/catalog/schema";
import { countBelow400, countByClass } from "@/lib/catalog/model";
import { SafeText } from "./safe-text";

/**
 * The head of a catalog page: what the service is and how many codes it has. Kept short so the table starts on the
 * first screen; the envelope, notes and downloads follow the table (CatalogEnvelope).
 */
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
      {!catalog.service.documented && (
        <p className="callout callout-note">The source does not name this service; “{catalog.service.name}” is Errata’s label.</p>
      )}
    </header>
  );
}
