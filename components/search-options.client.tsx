"use client";

import { useEffect } from "react";
import type { SearchHit } from "@/lib/search/engine";
import { SearchHitBody } from "./search-hit";
import { optionId } from "./use-search";

/** The results of a search box as a listbox, chosen from the box (components/use-search.ts); shared by dialog and home. */
export function SearchOptions({
  id,
  results,
  active,
  onActive,
  onChoose,
  className,
}: {
  id: string;
  results: readonly SearchHit[];
  active: number;
  onActive: (i: number) => void;
  onChoose: (hit: SearchHit) => void;
  className: string;
}) {
  // The list may scroll: keep the option chosen with the arrow keys in sight.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(id, active))?.scrollIntoView({ block: "nearest" });
  }, [active, id]);
  return (
    // tabIndex -1: Chromium makes a scrolling list a tab stop, but the options are chosen from the input.
    <ul id={`${id}-listbox`} role="listbox" aria-label="Results" className={className} tabIndex={-1}>
      {results.map((hit, i) => (
        <li
          key={`${hit.catalog}/${hit.code}`}
          id={optionId(id, i)}
          role="option"
          aria-selected={i === active}
          className="search-hit"
          onMouseMove={() => onActive(i)}
          onClick={() => onChoose(hit)}
        >
          <SearchHitBody hit={hit} />
        </li>
      ))}
    </ul>
  );
}
