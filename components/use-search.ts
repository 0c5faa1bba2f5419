import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { ClientSearch, SearchProgress } from "@/lib/search/client";
import type { SearchHit, SearchOutcome } from "@/lib/search/engine";
import { MAX_QUERY_BYTES } from "@/lib/search/params";
import { searchStatus } from "@/lib/search/status";

/**
 * One search per page, shared by the dialog and the home page's box: the engine (FlexSearch) and the index load on
 * first use, in chunks of their own, so no page pays for them before someone searches.
 */
let loading: Promise<ClientSearch> | undefined;

function loadSearch(): Promise<ClientSearch> {
  loading ??= import("@/lib/search/client").then((m) => m.loadClientSearch(window.location.pathname));
  return loading;
}

type State = "idle" | "loading" | "ready" | "failed";

/** The id of a result option of the search box whose listbox is `${id}-listbox`. */
export const optionId = (id: string, i: number) => `${id}-option-${i}`;

/**
 * The state of a search box: its query, the outcome and the active option, searched again as more of the index
 * arrives. `eager` starts loading on mount (the dialog); otherwise on `start()` (the home page's box, on focus).
 */
export function useSearch(limit: number, { initialQuery = "", eager = false }: { initialQuery?: string; eager?: boolean } = {}) {
  const [query, setQuery] = useState(initialQuery);
  const [outcome, setOutcome] = useState<SearchOutcome | undefined>();
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<State>(eager ? "loading" : "idle");
  const [progress, setProgress] = useState<SearchProgress | undefined>();
  const seq = useRef(0);
  const latest = useRef(initialQuery);
  /** The active option's URL, kept when a query is searched again because more of the index arrived. */
  const selected = useRef<string | undefined>(undefined);
  const started = useRef(false);
  const alive = useRef(true);
  const unsubscribe = useRef<(() => void) | undefined>(undefined);

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
      .then(async (s) => [await s.search(q.slice(0, MAX_QUERY_BYTES), limit), s.progress()] as const)
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

  const start = () => {
    if (started.current) return;
    started.current = true;
    setState("loading");
    loadSearch().then(
      (s) => {
        if (!alive.current) return;
        setState("ready");
        setProgress(s.progress());
        // On demand, more of the index arrives while the user searches: show how much, and search it again.
        unsubscribe.current = s.onProgress((p) => {
          setProgress(p);
          if (latest.current.trim()) run(latest.current, true);
        });
        // Whatever was typed while the index loaded.
        if (latest.current.trim()) run(latest.current);
      },
      () => {
        loading = undefined;
        started.current = false;
        if (alive.current) setState("failed");
      },
    );
  };

  useEffect(() => {
    alive.current = true;
    if (eager) start();
    return () => {
      alive.current = false;
      unsubscribe.current?.();
      unsubscribe.current = undefined;
    };
    // start and eager are fixed for the box's life; this runs once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    selected.current = outcome?.results[active]?.url;
  }, [outcome, active]);

  const results = outcome?.results ?? [];

  return {
    query,
    outcome,
    results,
    active,
    setActive,
    start,
    status: state === "idle" ? "" : searchStatus({ state, query, results: outcome?.results.length, progress }),
    /** The box's text changed. */
    change(text: string) {
      setQuery(text);
      start();
      run(text);
    },
    /** The best answer for the query as it stands, waiting for the index if it is still on its way. */
    async best(): Promise<SearchHit | undefined> {
      const shown = results[active];
      if (shown) return shown;
      const q = query.trim();
      if (!q) return undefined;
      start();
      try {
        return (await loadSearch().then((s) => s.search(q.slice(0, MAX_QUERY_BYTES), limit))).results[0];
      } catch {
        return undefined;
      }
    },
    /** Arrows move the active option; Enter opens it, or `otherwise` when there is none. */
    keyDown(e: KeyboardEvent<HTMLInputElement>, open: (hit: SearchHit) => void, otherwise: () => void) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (results.length === 0) return;
        const step = e.key === "ArrowDown" ? 1 : -1;
        setActive((a) => (a + step + results.length) % results.length);
      } else if (e.key === "Home" && e.ctrlKey) setActive(results.length ? 0 : -1);
      else if (e.key === "End" && e.ctrlKey) setActive(results.length - 1);
      else if (e.key === "Enter") {
        e.preventDefault();
        const hit = results[active];
        if (hit) open(hit);
        else if (query.trim()) otherwise();
      }
    },
  };
}
