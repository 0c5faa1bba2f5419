"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import type { Item } from "@/lib/table/grouping";
import type { TableRow } from "@/lib/table/rows";
import { CodeRow } from "./row.client";
import { GroupRow } from "./group-row.client";
import type { BodyProps } from "./plain-body.client";

export { PlainBody, type BodyProps } from "./plain-body.client";

function itemId(item: Item, rows: readonly TableRow[]): string | undefined {
  return item.kind === "row" ? rows[item.index]!.id : item.anchor;
}

/** Only the rows near the viewport are in the DOM; spacer rows keep the scroll height right. */
export function VirtualBody({ items, rows, query, context, colSpan, targetId, onToggle }: BodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setMargin((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 52,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => {
      const item = items[i]!;
      return item.kind === "row" ? rows[item.index]!.id : `group:${item.key}`;
    },
  });
  useEffect(() => {
    if (!targetId) return;
    const index = items.findIndex((item) => itemId(item, rows) === targetId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "center" });
    // Only when the target changes: later filtering must not yank the page back to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetId]);

  const virtualItems = virtualizer.getVirtualItems();
  const before = virtualItems.length ? virtualItems[0]!.start - margin : 0;
  const after = virtualItems.length ? virtualizer.getTotalSize() - (virtualItems.at(-1)!.end - margin) : 0;
  return (
    <tbody ref={bodyRef}>
      {before > 0 && <Spacer height={before} colSpan={colSpan} />}
      {virtualItems.map((v) => {
        const item = items[v.index]!;
        if (item.kind === "group") {
          return (
            <GroupRow
              key={v.key as string}
              group={item}
              colSpan={colSpan}
              onToggle={onToggle}
              scope="row"
              index={v.index}
              measureRef={virtualizer.measureElement}
            />
          );
        }
        const row = rows[item.index]!;
        return (
          <CodeRow
            key={row.id}
            row={row}
            query={query}
            context={context}
            isTarget={row.id === targetId}
            index={v.index}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
      {after > 0 && <Spacer height={after} colSpan={colSpan} />}
    </tbody>
  );
}

function Spacer({ height, colSpan }: { height: number; colSpan: number }) {
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={colSpan} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
