import type { SearchHit } from "@/lib/search/engine";
import { splitHighlighted } from "@/lib/search/highlight";
import { StatusBadge } from "./status-badge";
import "./search.css";

/** The matched text with its matches in <mark>; catalog text stays text. */
export function Snippet({ hit }: { hit: SearchHit }) {
  const text = hit.snippet.field === "title" && hit.title ? hit.title : hit.message;
  return (
    <span className="search-snippet">
      {splitHighlighted(text, hit.snippet.ranges).map((piece, i) =>
        piece.mark ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
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
