// Types for lib/guides/remark-headings.mjs (plain JavaScript, so the MDX loader can import it with Node).
import type { Toc } from "./toc";

export declare function headingId(text: string, taken: Set<string>): string;
declare function remarkHeadings(options?: { only?: string }): (tree: unknown, file: { path?: string }) => void;
export default remarkHeadings;
export type { Toc };
