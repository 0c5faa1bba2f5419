"use client";

import type { Ref } from "react";
import type { Item } from "@/lib/table/grouping";

type Group = Extract<Item, { kind: "group" }>;

/**
 * A group's header row: names the group and its count, and collapses or expands it. Without `onToggle` (the table
 * shown before the interactive one loads) it looks the same but is plain text.
 */
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
  onToggle?: (key: string) => void;
  scope: "rowgroup" | "row";
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}) {
  const content = (
    <>
      <span className="group-chevron" aria-hidden="true">
        {group.expanded ? "▾" : "▸"}
      </span>
      {group.label} <span className="muted">({group.count})</span>
    </>
  );
  return (
    <tr className="group-row" data-index={index} ref={measureRef}>
      <th scope={scope} colSpan={colSpan} id={group.anchor}>
        {onToggle ? (
          <button type="button" className="group-toggle" aria-expanded={group.expanded} onClick={() => onToggle(group.key)}>
            {content}
          </button>
        ) : (
          <span className="group-toggle">{content}</span>
        )}
      </th>
    </tr>
  );
}
