import type { MDXComponents } from "mdx/types";
import { CatalogIntro } from "@/components/catalog-intro";
import { CatalogEnvelope } from "@/components/catalog-envelope";
import { CatalogTable } from "@/components/catalog-table";
import { Callout } from "@/components/guide/callout";
import { GuidePre } from "@/components/guide/code-block";
import { Tab, Tabs } from "@/components/guide/tabs";

// ErrorCode and Envelope need the catalogs: the guide page binds them (app/guides/[slug]/page.tsx).
const components: MDXComponents = { CatalogIntro, CatalogTable, CatalogEnvelope, Callout, Tab, Tabs, pre: GuidePre };

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
