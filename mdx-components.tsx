import type { MDXComponents } from "mdx/types";
import { CatalogIntro } from "@/components/catalog-intro";
import { CatalogTable } from "@/components/catalog-table";

const components: MDXComponents = { CatalogIntro, CatalogTable };

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
