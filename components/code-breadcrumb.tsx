import { IntentLink } from "@/components/intent-link.client";
import type { Catalog } from "@/lib/catalog/schema";
import { domainAnchor } from "@/lib/anchors";
import { domainHref } from "@/lib/catalog/domains";

/** Catalogs / catalog / domain (when known) / code: the trail above a code page or a removed code's tombstone. */
export function CodeBreadcrumb({ catalog, domain, code }: { catalog: Catalog; domain?: string; code: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <IntentLink href="/">Catalogs</IntentLink>
        </li>
        <li>
          <IntentLink href={`/catalogs/${catalog.slug}`}>{catalog.service.name}</IntentLink>
        </li>
        {domain && (
          <li>
            <IntentLink href={domainHref(catalog, domain, domainAnchor(domain))}>{domain}</IntentLink>
          </li>
        )}
        <li aria-current="page">{code}</li>
      </ol>
    </nav>
  );
}
