import type { ComponentProps } from "react";
import { CodeBreaks } from "../code-breaks";

/**
 * Inline code in a guide. A short one (`AUT-1003`) never breaks (guide.css: nowrap); a long one may break after its
 * separators only (`<wbr>`), so it still fits a phone's line. Fenced blocks never get here: GuidePre reads their text.
 */
export function InlineCode({ children, ...props }: ComponentProps<"code">) {
  return <code {...props}>{typeof children === "string" ? <CodeBreaks text={children} /> : children}</code>;
}
