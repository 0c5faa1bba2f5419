// The hand-written guides, in reading order. Each is an MDX file beside this one.
import type { MDXContent } from "mdx/types";

export interface Guide {
  slug: string;
  title: string;
  description: string;
  load: () => Promise<{ default: MDXContent }>;
}

export const guides: Guide[] = [
  {
    slug: "handling-errors",
    title: "Handling these errors in a client",
    description: "Retries and backoff for 429 and 5xx, what never to retry, showing messages to people, and how to read each envelope.",
    load: () => import("./handling-errors.mdx"),
  },
  {
    slug: "adding-a-catalog",
    title: "Adding a catalog",
    description: "Import an existing error table from Markdown or CSV, fill in what it lacks, and check it against the other catalogs.",
    load: () => import("./adding-a-catalog.mdx"),
  },
];
