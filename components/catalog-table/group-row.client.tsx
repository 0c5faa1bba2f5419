"use client";

import type { Ref } from "react";
import type { Item } from "@/lib/table/grouping";

type Group = Extract<Item, { kind: "group" }>;

/** A group's header row: names the group and its count, and collapses or expands it. */
export function GroupRow({
  group,
  colSpan,
  onToggle,
  scope,
  index,
  measureRef,
}: {
  group: Group;
  colSpan: number;
  onToggle: (key: string) => void;
  scope: "rowgroup" | "row";
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}) {
  return (
    <tr className="group-row" data-index={index} ref={measureRef}>
      <th scope={scope} colSpan={colSpan} id={group.anchor}>
        <button type="button" className="group-toggle" aria-expanded={group.expanded} onClick={() => onToggle(group.key)}>
          <span className="group-chevron" aria-hidden="true">
            {group.expanded ? "▾" : "▸"}
          </span>
          {group.label} <span className="muted">({group.count})</span>
        </button>
      </th>
    </tr>
  );
}
