import type { ErrorEntry } from "@/lib/catalog/schema";

/** A message with its placeholders marked, each titled with the placeholder's name. Text is never parsed as markup. */
export function MessageText({ entry }: { entry: Pick<ErrorEntry, "message" | "placeholders"> }) {
  const pieces = entry.message.split(/(%[vs])/);
  let index = 0;
  return (
    <>
      {pieces.map((piece, i) => {
        if (piece !== "%v" && piece !== "%s") return piece ? <span key={i}>{piece}</span> : null;
        const placeholder = entry.placeholders?.[index++];
        return (
          <var key={i} className="placeholder" title={placeholder ? `${placeholder.name}, e.g. ${placeholder.example}` : undefined}>
            {piece}
          </var>
        );
      })}
    </>
  );
}
