"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense } from "react";
import type { SearchHit } from "@/lib/search/engine";
import { optionId, useSearch } from "./use-search";
import { routes } from "@/lib/routes";
import "./search.css";

// The answers' rendering arrives with the engine, on first use, like the dialog: the home page loads only the box.
const loadOptions = () => import("./search-options.client");
const SearchOptions = lazy(() => loadOptions().then((m) => ({ default: m.SearchOptions })));
const SearchIdentified = lazy(() => import("./search-identified").then((m) => ({ default: m.SearchIdentified })));

const ID = "lookup";
const LIMIT = 6;

/**
 * The home page's lookup: a code, a message or a pasted error body. A form to /search?q=…, so it works without
 * JavaScript; with it, the search dialog's engine (components/use-search.ts) answers as you type, and Enter or
 * "Look up" opens the chosen answer: the code's page.
 */
export function HomeLookup() {
  const router = useRouter();
  const search = useSearch(LIMIT);
  const { query, results, active } = search;
  const open = (hit: SearchHit) => router.push(hit.url);
  const lookUp = async () => {
    const q = query.trim();
    if (!q) return;
    const hit = await search.best();
    router.push(hit ? hit.url : routes.search(q));
  };
  return (
    <form
      action={routes.search()}
      method="get"
      role="search"
      aria-label="Look up an error"
      className="home-lookup"
      onSubmit={(e) => {
        e.preventDefault();
        void lookUp();
      }}
    >
      <label htmlFor={`${ID}-input`} className="home-lookup-label">
        An error code, a message or a pasted JSON error body
      </label>
      <div className="home-lookup-row">
        <input
          id={`${ID}-input`}
          name="q"
          type="text"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={results.length > 0 ? `${ID}-listbox` : undefined}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && results.length > 0 ? optionId(ID, active) : undefined}
          aria-describedby={`${ID}-status`}
          placeholder='AUTH_001, "token expired" or a JSON body'
          autoComplete="off"
          spellCheck={false}
          value={query}
          onFocus={() => {
            void loadOptions();
            search.start();
          }}
          onChange={(e) => search.change(e.target.value)}
          onKeyDown={(e) => search.keyDown(e, open, () => void lookUp())}
        />
        <button type="submit">Look up</button>
      </div>
      <p id={`${ID}-status`} role="status" aria-live="polite" className="home-lookup-status">
        {query.trim() ? search.status : ""}
      </p>
      <Suspense fallback={null}>
        {search.outcome?.identified ? <SearchIdentified identified={search.outcome.identified} /> : null}
        {results.length > 0 ? (
          <SearchOptions
            id={ID}
            results={results}
            active={active}
            onActive={search.setActive}
            onChoose={open}
            className="home-lookup-results"
          />
        ) : null}
      </Suspense>
    </form>
  );
}
