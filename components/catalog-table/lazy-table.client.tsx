"use client";
import { startTransition, useEffect, useRef, useState, type ComponentType } from "react";
import type { EarlyUse, InteractiveTableProps } from "./interactive-table.client";
import { StaticTable } from "./static-table.client";
import { hasTableState } from "./table-state-keys";
import { useHashTarget } from "./use-hash-target";
import { usePageOrigin } from "../use-page-origin";

type Chunk = typeof import("./interactive-table.client");

/** The controls whose first use loads the interactive table: the toolbar's, and the sortable headers. */
const CONTROLS = ".table-toolbar, thead .sort-button";

/** A selector for a control of the static table that finds its counterpart in the interactive one, if it has one. */
function counterpart(element: Element): string | undefined {
  if (element.matches(".table-toolbar input[type=search]")) return ".table-toolbar input[type=search]";
  if (element.matches(".toolbar-view select")) return ".toolbar-view select";
  const facet = element.closest(".toolbar-facets > .facet-filter");
  if (facet && element.matches(".facet-button"))
    return `.toolbar-facets > .facet-filter:nth-child(${[...facet.parentElement!.children].indexOf(facet) + 1}) .facet-button`;
  const th = element.closest("thead th");
  if (th && element.matches(".sort-button")) return `thead th.${[...th.classList].find((c) => c.startsWith("col-"))} .sort-button`;
  return undefined;
}

/**
 * The interactive table (TanStack Table, the virtualizer, nuqs) in its own chunk, fetched on first use, so neither its
 * download nor its mounting (the longest task a catalog page had) is part of loading the page. Until then the static
 * table is the table, drawn the same way: every row is readable and linkable without it, the row named by the URL
 * fragment highlighted. Focusing or pressing a control of its toolbar or a sortable header, or opening the page on a
 * URL that carries a view (?q=, ?status=, …), fetches the chunk; what the reader did meanwhile is handed over: the text
 * typed, the focused control, the facet opened, the grouping chosen, the sort clicked. A pointer held down on a
 * control delays the swap until it is released, so the click lands on the control it began on. This component reads
 * no URL state itself, so the prerendered static table is hydrated in place rather than thrown away and rendered again.
 */
export function LazyInteractiveTable(props: Omit<InteractiveTableProps, "early">) {
  const [loaded, setLoaded] = useState<{ Table: ComponentType<InteractiveTableProps>; early: EarlyUse } | null>(null);
  const [query, setQuery] = useState("");
  const root = useRef<HTMLDivElement>(null);
  // Mutable and handed over as is: the interactive table reads it once it has mounted, so nothing done between the
  // swap's start and its commit is lost.
  const early = useRef<EarlyUse>({ query: "" });
  const load = useRef<{ chunk?: Chunk; requested?: boolean; pointer?: boolean }>({});
  const origin = usePageOrigin(props.origin || undefined);
  const targetId = useHashTarget();

  const swap = () => {
    const { chunk, pointer } = load.current;
    if (!chunk || pointer) return;
    // A native select's list stays open while it has focus: swapping it out would close it under the reader.
    const active = document.activeElement;
    if (active instanceof HTMLSelectElement && root.current?.contains(active) && early.current.group === undefined) return;
    // A transition: React renders the swap in slices, so a long catalog does not block input while it mounts.
    startTransition(() => setLoaded({ Table: chunk.InteractiveTableWithUrlState, early: early.current }));
  };
  const request = () => {
    if (load.current.requested) return;
    load.current.requested = true;
    void import("./interactive-table.client").then((chunk) => {
      load.current.chunk = chunk;
      swap();
    });
  };

  useEffect(() => {
    if (hasTableState(new URLSearchParams(window.location.search), props.varFacets)) request();
    const table = root.current;
    if (!table) return;
    const inControl = (target: EventTarget | null) => target instanceof Element && target.closest(CONTROLS) !== null;
    // A control focused before hydration (the filter box, clicked while the page loaded) counts as its first use.
    const active = document.activeElement;
    if (active && table.contains(active)) {
      early.current.focus = counterpart(active);
      if (inControl(active)) request();
    }
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Element)) return;
      early.current.focus = counterpart(event.target);
      if (inControl(event.target)) request();
    };
    const onFocusOut = (event: FocusEvent) => {
      const target = event.target as Element;
      // Focus moving out of the table (not the table being swapped out, which disconnects its controls).
      queueMicrotask(() => {
        if (target.isConnected && !table.contains(document.activeElement)) {
          early.current.focus = undefined;
          load.current.pointer = false;
          swap();
        }
      });
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!inControl(event.target)) return;
      load.current.pointer = true;
      request();
      const release = () => {
        window.removeEventListener("pointerup", release, true);
        window.removeEventListener("pointercancel", release, true);
        // After the click that follows the release, so that it lands on the static table's control and is recorded.
        setTimeout(() => {
          load.current.pointer = false;
          swap();
        });
      };
      window.addEventListener("pointerup", release, true);
      window.addEventListener("pointercancel", release, true);
    };
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest(".toolbar-facets .facet-button") : null;
      if (!button) return;
      const index = [...table.querySelectorAll(".toolbar-facets .facet-button")].indexOf(button);
      early.current.openFacet = early.current.openFacet === index ? undefined : index;
      request();
    };
    table.addEventListener("focusin", onFocusIn);
    table.addEventListener("focusout", onFocusOut);
    table.addEventListener("pointerdown", onPointerDown);
    table.addEventListener("click", onClick);
    return () => {
      table.removeEventListener("focusin", onFocusIn);
      table.removeEventListener("focusout", onFocusOut);
      table.removeEventListener("pointerdown", onPointerDown);
      table.removeEventListener("click", onClick);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (loaded) return <loaded.Table {...props} early={loaded.early} />;
  return (
    <StaticTable
      ref={root}
      rows={props.rows}
      title={props.title}
      catalogNames={props.catalogNames}
      showCatalog={props.showCatalog}
      anchors={!props.showCatalog}
      origin={origin}
      targetId={targetId}
      query={query}
      onQuery={(q) => {
        early.current.query = q;
        setQuery(q);
        request();
      }}
      onGroup={(group) => {
        early.current.group = group;
        load.current.pointer = false;
        request();
        swap();
      }}
      onSort={(column) => {
        // The interactive table's cycle: ascending, descending, unsorted.
        const sort = early.current.sort;
        early.current.sort = sort?.column !== column ? { column, desc: false } : !sort.desc ? { column, desc: true } : null;
        request();
        swap();
      }}
      {...(props.varFacets ? { varFacets: props.varFacets } : {})}
    />
  );
}
