import type { Catalog } from "@/lib/catalog/schema";
import { domainAnchor } from "@/lib/anchors";
import { domainHref } from "@/lib/catalog/domains";
import { Breadcrumb } from "./breadcrumb";
import { routes } from "@/lib/routes";

/** Catalogs / catalog / domain (when known) / code: the trail above a code page or a removed code's tombstone. */
export function CodeBreadcrumb({ catalog, domain, code }: { catalog: Catalog; domain?: string; code: string }) {
  const trail = [
    { href: routes.home(), label: "Catalogs" },
    { href: routes.catalog(catalog.slug), label: catalog.service.name },
    ...(domain ? [{ href: domainHref(catalog, domain, domainAnchor(domain)), label: domain }] : []),
  ];
  return <Breadcrumb trail={trail} current={code} />;
}
