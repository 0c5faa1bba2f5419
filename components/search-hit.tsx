import type { SearchHit } from "@/lib/search/engine";
import { snippetPieces, splitHighlighted } from "@/lib/search/highlight";
import { StatusBadge } from "./status-badge";
import "./message-text.css";
import "./search.css";

/** The matched text with its matches in <mark>, and a message's placeholders by name (`{key}`); catalog text stays text. */
export function Snippet({ hit }: { hit: SearchHit }) {
  const pieces =
    hit.snippet.field === "title" && hit.title
      ? splitHighlighted(hit.title, hit.snippet.ranges).map((p) => ({ ...p, placeholder: false }))
      : snippetPieces(hit.message, hit.snippet.ranges, hit.placeholders);
  return (
    <span className="search-snippet">
      {pieces.map((piece, i) => {
        const text = piece.placeholder ? (
          <var key={i} className="placeholder">
            {piece.text}
          </var>
        ) : (
          <span key={i}>{piece.text}</span>
        );
        return piece.mark ? <mark key={i}>{text}</mark> : text;
      })}
    </span>
  );
}

/** One result's body: code, catalog, status and snippet. Shared by the /search page and the dialog. */
export function SearchHitBody({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="search-hit-head">
        <code className="search-hit-code">{hit.code}</code>
        <span className="search-hit-catalog">{hit.catalogName}</span>
        <StatusBadge status={hit.status ?? undefined} />
      </span>
      <Snippet hit={hit} />
    </>
  );
}
