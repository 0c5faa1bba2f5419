"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ClientSearch, SearchProgress } from "@/lib/search/client";
import { loadClientSearch } from "@/lib/search/client";
import type { SearchOutcome } from "@/lib/search/engine";
import { MAX_QUERY_BYTES } from "@/lib/search/params";
import { searchStatus } from "@/lib/search/status";
import { SearchHitBody } from "./search-hit";
import { SearchIdentified } from "./search-identified";
import { routes } from "@/lib/routes";
import "./search.css";

const LIMIT = 12;
let loading: Promise<ClientSearch> | undefined;

/** Modal search: a WAI-ARIA combobox whose listbox holds the results; Escape closes and focus goes back. */
export default function SearchDialog({ onClose, takeTyped }: { onClose: () => void; takeTyped?: () => string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const id = useId();
  // What was typed while the dialog itself was loading is its first query.
  const [initialQuery] = useState(() => takeTyped?.() ?? "");
  const [query, setQuery] = useState(initialQuery);
  const [outcome, setOutcome] = useState<SearchOutcome | undefined>();
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [progress, setProgress] = useState<SearchProgress | undefined>();
  const seq = useRef(0);

  const latest = useRef(initialQuery);
  /** The active option's URL, kept when a query is searched again because more of the index arrived. */
  const selected = useRef<string | undefined>(undefined);

  const run = (text: string, again = false) => {
    latest.current = text;
    const n = ++seq.current;
    const q = text.trim();
    if (!q || !loading) {
      setOutcome(undefined);
      setActive(-1);
      return;
    }
    void loading
      .then(async (s) => [await s.search(q.slice(0, MAX_QUERY_BYTES), LIMIT), s.progress()] as const)
      .then(
        ([o, p]) => {
          if (n !== seq.current) return;
          setOutcome(o);
          setProgress(p);
          setState("ready");
          const kept = again ? o.results.findIndex((h) => h.url === selected.current) : -1;
          setActive(kept >= 0 ? kept : o.results.length > 0 ? 0 : -1);
        },
        () => {
          if (n === seq.current) setState("failed");
        },
      );
  };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Carry on typing after what was typed while the dialog loaded.
    const input = d?.querySelector("input");
    input?.setSelectionRange(input.value.length, input.value.length);
    let unsubscribe: (() => void) | undefined;
    let open = true;
    loading ??= loadClientSearch(window.location.pathname);
    loading.then(
      (s) => {
        if (!open) return;
        setState("ready");
        setProgress(s.progress());
        // On demand, more of the index arrives while the user searches: show how much, and search it again.
        unsubscribe = s.onProgress((p) => {
          setProgress(p);
          if (latest.current.trim()) run(latest.current, true);
        });
        // Whatever was typed while the index loaded.
        if (latest.current.trim()) run(latest.current);
      },
      () => {
        loading = undefined;
        if (open) setState("failed");
      },
    );
    return () => {
      open = false;
      unsubscribe?.();
    };
  }, []);

  const results = outcome?.results ?? [];
  useEffect(() => {
    selected.current = outcome?.results[active]?.url;
  }, [outcome, active]);
  const optionId = (i: number) => `${id}-option-${i}`;
  // The list scrolls: keep the option chosen with the arrow keys in sight.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, id]);

  const go = (i: number) => {
    const hit = results[i];
    if (!hit) return;
    dialog.current?.close();
    onClose();
    router.push(hit.url);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (results.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + results.length) % results.length);
    } else if (e.key === "Home" && e.ctrlKey) setActive(results.length ? 0 : -1);
    else if (e.key === "End" && e.ctrlKey) setActive(results.length - 1);
    else if (e.key === "Enter") {
      e.preventDefault();
      if (active >= 0) go(active);
      else if (query.trim()) {
        dialog.current?.close();
        onClose();
        router.push(routes.search(query.trim()));
      }
    }
  };

  const status = searchStatus({ state, query, results: outcome?.results.length, progress });

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
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          placeholder="AUTH_001, pasword, /auth/login, 429, or a JSON body"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            run(e.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-status`} role="status" aria-live="polite" className="search-dialog-status">
          {status}
        </p>
        {outcome?.identified ? <SearchIdentified identified={outcome.identified} /> : null}
        {/* tabIndex -1: Chromium makes a scrolling list a tab stop, but the options are chosen from the input. */}
        <ul id={`${id}-listbox`} role="listbox" aria-label="Results" className="search-dialog-results" tabIndex={-1}>
          {results.map((hit, i) => (
            <li
              key={`${hit.catalog}/${hit.code}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-hit"
              onMouseMove={() => setActive(i)}
              onClick={() => go(i)}
            >
              <SearchHitBody hit={hit} />
            </li>
          ))}
        </ul>
        <p className="search-dialog-footer">
          {query.trim() ? <a href={routes.search(query.trim())}>All results on the search page</a> : <span>Esc to close</span>}
        </p>
      </div>
    </dialog>
  );
}
