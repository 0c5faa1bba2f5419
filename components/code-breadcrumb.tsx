import Link from "next/link";
import type { Catalog } from "@/lib/catalog/schema";
import { domainAnchor } from "@/lib/anchors";

/** Catalogs / catalog / domain (when known) / code: the trail above a code page or a removed code's tombstone. */
export function CodeBreadcrumb({ catalog, domain, code }: { catalog: Catalog; domain?: string; code: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <Link href="/">Catalogs</Link>
        </li>
        <li>
          <Link href={`/catalogs/${catalog.slug}`}>{catalog.service.name}</Link>
        </li>
        {domain && (
          <li>
            <Link href={`/catalogs/${catalog.slug}#${domainAnchor(domain)}`}>{domain}</Link>
          </li>
        )}
        <li aria-current="page">{code}</li>
      </ol>
    </nav>
  );
}
