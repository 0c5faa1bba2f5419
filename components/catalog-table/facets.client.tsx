"use client";

import { memo } from "react";
import { facetTitle, type FacetCounts, type FacetKey, type FacetOption, type Selection } from "@/lib/table/facets";

interface Props {
  keys: readonly FacetKey[];
  options: Partial<Record<FacetKey, FacetOption[]>>;
  counts: FacetCounts;
  selection: Selection;
  onToggle: (key: FacetKey, value: string, checked: boolean) => void;
}

/** One checkbox group per facet, each box labelled "401 Unauthorized (13)" with the count the other filters leave. */
export const Facets = memo(function Facets({ keys, options, counts, selection, onToggle }: Props) {
  return (
    <div className="facets">
      {keys.map((key) => (
        <fieldset key={key} className="facet">
          <legend>{facetTitle(key)}</legend>
          <ul>
            {(options[key] ?? []).map((option) => {
              const count = counts[key]?.get(option.value) ?? 0;
              const checked = selection[key]?.includes(option.value) ?? false;
              return (
                <li key={option.value} className={count === 0 && !checked ? "facet-empty" : undefined}>
                  <label>
                    <input type="checkbox" checked={checked} onChange={(e) => onToggle(key, option.value, e.currentTarget.checked)} />
                    {option.label} ({count})
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
});
