import { useId } from "react";
import type { ErrorEntry } from "@/lib/catalog/schema";
import { shownPieces } from "@/lib/catalog/placeholders";
import "./message-text.css";

/**
 * A message with its placeholders marked and read by name (`%v` as `{key}`). A named one can take focus and tells its
 * example on hover and on focus (components/placeholder-tips.client.tsx lets Escape hide it). Text is never parsed as
 * markup.
 */
export function MessageText({ entry }: { entry: Pick<ErrorEntry, "message" | "placeholders"> }) {
  const id = useId();
  return (
    <>
      {shownPieces(entry.message, entry.placeholders).map((piece, i) => {
        if ("text" in piece) return <span key={i}>{piece.text}</span>;
        const { label, placeholder } = piece;
        if (!placeholder) {
          return (
            <var key={i} className="placeholder">
              {label}
            </var>
          );
        }
        const tip = `${id}-tip-${i}`;
        return (
          <var key={i} className="placeholder placeholder-named" tabIndex={0} aria-describedby={tip}>
            {label}
            <span role="tooltip" id={tip} className="placeholder-tip">
              e.g. {placeholder.example}
            </span>
          </var>
        );
      })}
    </>
  );
}
