"use client";
import { startTransition, useEffect, useRef, useState, type ComponentType } from "react";
import type { InteractiveTableProps } from "./interactive-table.client";
import { StaticTable } from "./static-table.client";
import { usePageOrigin } from "../use-page-origin";

type Early = NonNullable<InteractiveTableProps["early"]>;

/**
 * The interactive table (TanStack Table, the virtualizer, nuqs) in its own chunk, fetched once the page is up, so it
 * stays out of the catalog page's first-load JavaScript. Until it arrives the static table stands in, drawn the same
 * way: every row is readable and linkable without it. Text typed into the filter box meanwhile, and the box's focus,
 * are handed over. This component reads no URL state itself (the interactive table does, once loaded), so the
 * prerendered static table is hydrated in place rather than thrown away and rendered again.
 */
export function LazyInteractiveTable(props: Omit<InteractiveTableProps, "early">) {
  const [loaded, setLoaded] = useState<{ Table: ComponentType<InteractiveTableProps>; early: Early } | null>(null);
  const [query, setQuery] = useState("");
  // The typed text, for the moment of the swap (read in the import's callback, not during render).
  const typed = useRef("");
  const origin = usePageOrigin(props.origin || undefined);
  useEffect(() => {
    let live = true;
    void import("./interactive-table.client").then((m) => {
      if (!live) return;
      const focused = document.activeElement?.matches(".table-toolbar input[type=search]") ?? false;
      // A transition: React renders the swap in slices, so a long catalog does not block input while it mounts.
      startTransition(() => setLoaded({ Table: m.InteractiveTableWithUrlState, early: { query: typed.current, focused } }));
    });
    return () => {
      live = false;
    };
  }, []);
  if (loaded) return <loaded.Table {...props} early={loaded.early} />;
  return (
    <StaticTable
      rows={props.rows}
      title={props.title}
      catalogNames={props.catalogNames}
      showCatalog={props.showCatalog}
      anchors={!props.showCatalog}
      origin={origin}
      query={query}
      onQuery={(q) => {
        typed.current = q;
        setQuery(q);
      }}
      {...(props.varFacets ? { varFacets: props.varFacets } : {})}
    />
  );
}
