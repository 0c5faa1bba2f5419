import { z } from "zod";

/** A guide's table of contents as lib/guides/remark-headings.mjs exports it from the MDX: each h2 and h3, in order. */
export const tocSchema = z.array(z.object({ depth: z.union([z.literal(2), z.literal(3)]), text: z.string(), id: z.string() }));
export type Toc = z.infer<typeof tocSchema>;
