"use client";
import { startTransition, useEffect, useState, type ComponentType } from "react";
import type { InteractiveTableProps } from "./interactive-table.client";
import { StaticTable } from "./static-table.client";

/**
 * The interactive table (TanStack Table, the virtualizer, nuqs) in its own chunk, fetched once the page is up, so it
 * stays out of the catalog page's first-load JavaScript. Until it arrives the static table stands in: every row is
 * readable and linkable without it. This component reads no URL state itself (the interactive table does, once
 * loaded), so the prerendered static table is hydrated in place rather than thrown away and rendered again.
 */
export function LazyInteractiveTable(props: InteractiveTableProps) {
  const [Table, setTable] = useState<ComponentType<InteractiveTableProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import("./interactive-table.client").then((m) => {
      // A transition: React renders the swap in slices, so a long catalog does not block input while it mounts.
      if (live) startTransition(() => setTable(() => m.InteractiveTable));
    });
    return () => {
      live = false;
    };
  }, []);
  if (Table) return <Table {...props} />;
  return (
    <StaticTable
      rows={props.rows}
      title={props.title}
      catalogNames={props.catalogNames}
      showCatalog={props.showCatalog}
      anchors={!props.showCatalog}
    />
  );
}
