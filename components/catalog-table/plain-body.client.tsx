"use client";

// The table body without the virtualizer, apart from bodies.client.tsx so that the static table shown before the
// interactive one loads (static-table.client.tsx) does not put @tanstack/react-virtual into first-load JS.
import { useEffect, type ReactNode } from "react";
import type { Item } from "@/lib/table/grouping";
import type { TableRow } from "@/lib/table/rows";
import { CodeRow, type RowContext } from "./row.client";
import { GroupRow } from "./group-row.client";

export interface BodyProps {
  items: Item[];
  rows: readonly TableRow[];
  query: string;
  context: RowContext;
  colSpan: number;
  targetId: string | undefined;
  /** Collapses or expands a group; absent in the table shown before the interactive one loads. */
  onToggle?: (key: string) => void;
}

/** Every item rendered, one <tbody> per group: for catalogs small enough to keep whole in the DOM. */
export function PlainBody({ items, rows, query, context, colSpan, targetId, onToggle }: BodyProps) {
  useEffect(() => {
    if (targetId) document.getElementById(targetId)?.scrollIntoView({ block: "center" });
  }, [targetId]);
  const bodies: ReactNode[] = [];
  let current: ReactNode[] = [];
  let key = "all";
  const flush = () => {
    if (current.length) bodies.push(<tbody key={key}>{current}</tbody>);
    current = [];
  };
  for (const item of items) {
    if (item.kind === "group") {
      flush();
      key = item.key;
      current.push(<GroupRow key="head" group={item} colSpan={colSpan} onToggle={onToggle} scope="rowgroup" />);
    } else {
      const row = rows[item.index]!;
      current.push(<CodeRow key={row.id} row={row} query={query} context={context} isTarget={row.id === targetId} />);
    }
  }
  flush();
  return <>{bodies}</>;
}
