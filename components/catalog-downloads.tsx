import { IntentLink } from "@/components/intent-link.client";
import type { Catalog } from "@/lib/catalog/schema";
import { catalogDownloads } from "@/lib/downloads/files";
import { routes } from "@/lib/routes";
import "./catalog-downloads.css";

/** Links to a catalog's downloads and its changelog. Plain links: the files are static. */
export function CatalogDownloads({ catalog }: { catalog: Catalog }) {
  return (
    <nav className="catalog-downloads" aria-label={`Downloads for ${catalog.service.name}`}>
      <span className="muted">Download:</span>
      <ul>
        {catalogDownloads(catalog).map((d) => (
          <li key={d.file}>
            <a href={routes.download(d.file)} download={d.file} title={d.label}>
              <code>{d.file}</code>
            </a>
            <span className="sr-only"> ({d.label})</span>
          </li>
        ))}
        <li>
          <IntentLink href={routes.changelog(catalog.slug)}>Changelog</IntentLink>
        </li>
      </ul>
    </nav>
  );
}
