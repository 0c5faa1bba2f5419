"use client";

import { memo, type Ref } from "react";
import type { TableRow } from "@/lib/table/rows";
import { RowCells, type RowContext } from "./columns";

export type { RowContext };

interface Props {
  row: TableRow;
  query: string;
  context: RowContext;
  isTarget: boolean;
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}

/** One code's row in the interactive table; its cells come from the column definitions. */
export const CodeRow = memo(function CodeRow({ row, query, context, isTarget, index, measureRef }: Props) {
  return (
    <tr id={row.id} data-index={index} ref={measureRef} className={isTarget ? "row-target" : undefined}>
      <RowCells row={row} query={query} context={context} />
    </tr>
  );
});
