import type { ErrorEntry } from "@/lib/catalog/schema";
import { resolvePieces } from "@/lib/catalog/placeholders";
import "./message-text.css";

/** A message with its placeholders marked, each titled with the placeholder's name. Text is never parsed as markup. */
export function MessageText({ entry }: { entry: Pick<ErrorEntry, "message" | "placeholders"> }) {
  return (
    <>
      {resolvePieces(entry.message, entry.placeholders).map((piece, i) => {
        if ("text" in piece) return <span key={i}>{piece.text}</span>;
        const { placeholder } = piece;
        return (
          <var key={i} className="placeholder" title={placeholder ? `${placeholder.name}, e.g. ${placeholder.example}` : undefined}>
            {"printf" in piece ? piece.printf : piece.brace}
          </var>
        );
      })}
    </>
  );
}
