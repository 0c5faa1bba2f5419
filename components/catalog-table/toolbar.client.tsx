"use client";

import { useId } from "react";
import { groupLabels, groupModes, type GroupMode } from "@/lib/table/grouping";

interface Props {
  query: string;
  onQuery: (query: string) => void;
  group: GroupMode;
  onGroup: (group: GroupMode) => void;
  onClear: () => void;
  shown: number;
  total: number;
}

/** The filter box, the Group by select, Clear filters, and a polite count of what is shown. */
export function Toolbar({ query, onQuery, group, onGroup, onClear, shown, total }: Props) {
  const id = useId();
  return (
    <div className="table-toolbar">
      <div className="toolbar-field toolbar-filter">
        <label htmlFor={`${id}-q`}>Filter</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.currentTarget.value)}
          placeholder="Code, message, route…"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-count`}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${id}-group`}>Group by</label>
        <select id={`${id}-group`} value={group} onChange={(e) => onGroup(e.currentTarget.value as GroupMode)}>
          {groupModes.map((mode) => (
            <option key={mode} value={mode}>
              {groupLabels[mode]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="clear-filters" onClick={onClear}>
        Clear filters
      </button>
      <p id={`${id}-count`} className="table-count" role="status">
        {shown === total ? `${total} codes` : `${shown} of ${total} codes`}
      </p>
    </div>
  );
}
