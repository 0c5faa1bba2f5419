import type { MDXComponents } from "mdx/types";
import { Callout } from "@/components/guide/callout";
import { GuidePre } from "@/components/guide/code-block";
import { Tab, Tabs } from "@/components/guide/tabs";

// What any MDX page may use. ErrorCode and Envelope need the catalogs: the guide page binds them
// (app/guides/[slug]/page.tsx); the catalog page binds the generated pages' CatalogIntro, CatalogTable and CatalogEnvelope.
const components: MDXComponents = { Callout, Tab, Tabs, pre: GuidePre };

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
