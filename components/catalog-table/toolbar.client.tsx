"use client";

import { useId } from "react";
import { groupLabels, groupModes, type GroupMode } from "@/lib/table/grouping";
import type { FacetKey, FacetOption } from "@/lib/table/facets";
import { FacetFilter } from "./facet-filter.client";
import { SearchIcon } from "../search-icon";

export interface ToolbarFacet {
  key: FacetKey;
  title: string;
  options?: readonly FacetOption[];
  counts?: ReadonlyMap<string, number>;
  selected: readonly string[];
}

interface Props {
  query: string;
  onQuery: (query: string) => void;
  facets: readonly ToolbarFacet[];
  onFacet?: (key: FacetKey, value: string, checked: boolean) => void;
  group: GroupMode;
  onGroup?: (group: GroupMode) => void;
  onClear?: () => void;
  shown: number;
  total: number;
}

/**
 * The table's toolbar, one compact row: the filter box, a button per facet, Group by and a polite count; once something
 * is filtered, a second row holds each selected facet value as a removable chip, and Clear filters. The table shown before the interactive one loads
 * draws the same toolbar, so nothing moves when it is swapped in.
 */
export function Toolbar({ query, onQuery, facets, onFacet, group, onGroup, onClear, shown, total }: Props) {
  const id = useId();
  const chips = facets.flatMap((facet) =>
    facet.selected.map((value) => ({ facet, value, label: facet.options?.find((o) => o.value === value)?.label ?? value })),
  );
  return (
    <div className="table-toolbar">
      <div className="toolbar-row">
        <div className="toolbar-filter">
          <label htmlFor={`${id}-q`} className="sr-only">
            Filter
          </label>
          <SearchIcon className="toolbar-filter-icon" />
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => onQuery(e.currentTarget.value)}
            placeholder="Filter by code, message, route…"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-count`}
          />
        </div>
        <div className="toolbar-facets" role="group" aria-label="Facets">
          {facets.map((facet) => (
            <FacetFilter
              key={facet.key}
              title={facet.title}
              options={facet.options}
              counts={facet.counts}
              selected={facet.selected}
              onToggle={onFacet && ((value, checked) => onFacet(facet.key, value, checked))}
            />
          ))}
        </div>
        <div className="toolbar-view">
          <label htmlFor={`${id}-group`}>Group by</label>
          <select id={`${id}-group`} value={group} onChange={(e) => onGroup?.(e.currentTarget.value as GroupMode)}>
            {groupModes.map((mode) => (
              <option key={mode} value={mode}>
                {groupLabels[mode]}
              </option>
            ))}
          </select>
          <p id={`${id}-count`} className="table-count" role="status">
            {shown === total ? `${total} codes` : `${shown} of ${total} codes`}
          </p>
        </div>
      </div>
      {(chips.length > 0 || query) && (
        <div className="toolbar-chips">
          {chips.length > 0 && (
            <ul className="facet-chips" aria-label="Selected filters">
              {chips.map(({ facet, value, label }) => (
                <li key={`${facet.key}\u0000${value}`}>
                  <button
                    type="button"
                    className="facet-chip"
                    aria-label={`Remove filter ${facet.title}: ${label}`}
                    onClick={() => onFacet?.(facet.key, value, false)}
                  >
                    <span className="facet-chip-key">{facet.title}:</span> {label}
                    <span aria-hidden="true" className="facet-chip-x">
                      ×
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="clear-filters" onClick={onClear}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}
