"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { SearchHit } from "@/lib/search/engine";
import { SearchIdentified } from "./search-identified";
import { SearchOptions } from "./search-options.client";
import { optionId, useSearch } from "./use-search";
import { routes } from "@/lib/routes";
import "./search.css";

const LIMIT = 12;

/** Modal search: a WAI-ARIA combobox whose listbox holds the results; Escape closes and focus goes back. */
export default function SearchDialog({ onClose, takeTyped }: { onClose: () => void; takeTyped?: () => string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const id = useId();
  // What was typed while the dialog itself was loading is its first query.
  const [initialQuery] = useState(() => takeTyped?.() ?? "");
  const search = useSearch(LIMIT, { initialQuery, eager: true });
  const { query, results, active } = search;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Carry on typing after what was typed while the dialog loaded.
    const input = d?.querySelector("input");
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const leave = (url: string) => {
    dialog.current?.close();
    onClose();
    router.push(url);
  };
  const open = (hit: SearchHit) => leave(hit.url);

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${id}-label`}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <div className="search-dialog-panel">
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="search-dialog-label">
          Search errors
        </label>
        <input
          id={`${id}-input`}
          className="search-dialog-input"
          type="text"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(id, active) : undefined}
          aria-describedby={`${id}-status`}
          placeholder="AUTH_001, pasword, /auth/login, 429, or a JSON body"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(e) => search.change(e.target.value)}
          onKeyDown={(e) => search.keyDown(e, open, () => leave(routes.search(query.trim())))}
        />
        <p id={`${id}-status`} role="status" aria-live="polite" className="search-dialog-status">
          {search.status}
        </p>
        {search.outcome?.identified ? <SearchIdentified identified={search.outcome.identified} /> : null}
        <SearchOptions
          id={id}
          results={results}
          active={active}
          onActive={search.setActive}
          onChoose={open}
          className="search-dialog-results"
        />
        <p className="search-dialog-footer">
          {query.trim() ? <a href={routes.search(query.trim())}>All results on the search page</a> : <span>Esc to close</span>}
        </p>
      </div>
    </dialog>
  );
}
