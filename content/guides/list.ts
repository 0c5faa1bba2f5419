// The hand-written guides, in reading order: their titles and descriptions, for the sidebar and the guides index.
// Their content is loaded by ./index.ts; keep MDX imports out of this file, so the layout can read it without the
// guides' components (tables, tabs) joining every page's JavaScript.

export const guideList = [
  {
    slug: "handling-errors",
    title: "Handling these errors in a client",
    description: "Retries and backoff for 429 and 5xx, what never to retry, showing messages to people, and how to read each envelope.",
  },
  {
    slug: "adding-a-catalog",
    title: "Adding a catalog",
    description: "Import an existing error table from Markdown or CSV, fill in what it lacks, and check it against the other catalogs.",
  },
  {
    slug: "api",
    title: "The JSON APIs",
    description: "Every code, search, a code's real response and log triage as JSON: each endpoint's parameters and answers.",
  },
] as const;

export type GuideSlug = (typeof guideList)[number]["slug"];
