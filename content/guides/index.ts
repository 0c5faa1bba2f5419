// The guides with their content: each is an MDX file beside this one, listed (with its title) in ./list.ts.
import type { MDXContent } from "mdx/types";
import { guideList, type GuideSlug } from "./list";

/** A guide's module: its content, and its table of contents (`toc`, exported by lib/guides/remark-headings.mjs). */
export type GuideModule = { default: MDXContent } & Record<string, unknown>;

export interface Guide {
  slug: string;
  title: string;
  description: string;
  load: () => Promise<GuideModule>;
}

const loaders: Record<GuideSlug, () => Promise<GuideModule>> = {
  "handling-errors": () => import("./handling-errors.mdx"),
  "adding-a-catalog": () => import("./adding-a-catalog.mdx"),
  api: () => import("./api.mdx"),
};

export const guides: Guide[] = guideList.map((g) => ({ ...g, load: loaders[g.slug] }));
