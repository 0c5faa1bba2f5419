import type { MDXComponents } from "mdx/types";
import { CatalogIntro } from "@/components/catalog-intro";
import { CatalogTable } from "@/components/catalog-table";
import { Callout } from "@/components/guide/callout";
import { GuidePre } from "@/components/guide/code-block";
import { ErrorCode } from "@/components/guide/error-code";
import { Envelope } from "@/components/guide/envelope";
import { Tab, Tabs } from "@/components/guide/tabs";

const components: MDXComponents = { CatalogIntro, CatalogTable, Callout, Envelope, ErrorCode, Tab, Tabs, pre: GuidePre };

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
