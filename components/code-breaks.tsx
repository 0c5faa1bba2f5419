import type { ReactNode } from "react";
import { codeBreakParts } from "@/lib/code-breaks";

/**
 * A code with a line-break opportunity (`<wbr>`) after each separator, so a long code wraps between its words instead
 * of mid-word. `<wbr>` adds no text: what is read aloud, found or copied is the code as written.
 */
export function CodeBreaks({ text }: { text: string }): ReactNode {
  const parts = codeBreakParts(text);
  if (parts.length === 1) return text;
  return parts.flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}
