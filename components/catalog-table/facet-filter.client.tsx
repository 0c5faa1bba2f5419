"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { FacetOption } from "@/lib/table/facets";

interface Props {
  title: string;
  /** Every value the facet can take; undefined until the interactive table has loaded (the button then does nothing). */
  options?: readonly FacetOption[];
  /** How many rows each value would leave, given the other filters. */
  counts?: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle?: (value: string, checked: boolean) => void;
}

/** Above this many options the list gets a box to narrow it. */
const FIND_ABOVE = 8;

/**
 * One facet as a toolbar button that opens a checkbox list with counts (shadcn/ui's faceted filter, as a disclosure):
 * Escape, a click outside or tabbing away closes it. Values that would leave no rows are not listed unless ticked.
 */
export function FacetFilter({ title, options, counts, selected, onToggle }: Props) {
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState("");
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const needle = find.trim().toLowerCase();
  const listed = (options ?? []).filter(
    (o) => (selected.includes(o.value) || (counts?.get(o.value) ?? 0) > 0) && (!needle || o.label.toLowerCase().includes(needle)),
  );
  const hiddenEmpty = (options ?? []).filter((o) => !selected.includes(o.value) && (counts?.get(o.value) ?? 0) === 0).length;

  return (
    <div
      className="facet-filter"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="facet-button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => options && setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="facet-plus">
          +
        </span>
        {title}
        {selected.length > 0 && (
          <span className="facet-selected">
            <span className="sr-only">, </span>
            {selected.length}
            <span className="sr-only"> selected</span>
          </span>
        )}
      </button>
      <div id={`${id}-list`} className="facet-popover" hidden={!open}>
        <fieldset>
          <legend>{title}</legend>
          {(options?.length ?? 0) > FIND_ABOVE && (
            <input
              type="search"
              className="facet-find"
              aria-label={`Find a value of ${title}`}
              placeholder={`Find…`}
              value={find}
              onChange={(e) => setFind(e.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
          <ul>
            {listed.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={(e) => onToggle?.(option.value, e.currentTarget.checked)}
                  />
                  <span className="facet-label">
                    {option.label} <span className="facet-count">({counts?.get(option.value) ?? 0})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {listed.length === 0 && <p className="facet-none">No values match.</p>}
          {hiddenEmpty > 0 && !needle && (
            <p className="facet-note">
              {hiddenEmpty} {hiddenEmpty === 1 ? "value matches" : "values match"} no codes with the other filters.
            </p>
          )}
        </fieldset>
      </div>
    </div>
  );
}
