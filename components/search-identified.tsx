import type { Identification } from "@/lib/search/engine";
import "./search.css";

/** What a pasted error body was recognised as, in one sentence. */
export function SearchIdentified({ identified }: { identified: Identification }) {
  return (
    <p className={`search-identified${identified.known ? "" : " search-identified-unknown"}`} data-testid="search-identified">
      {identified.summary}
    </p>
  );
}
