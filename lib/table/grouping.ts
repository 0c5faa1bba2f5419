import type { TableRow } from "./rows";
import { statusLabel } from "../http-status";
import { domainAnchor } from "../anchors";
import { NO_STATUS, statusOrder } from "./facets";

export const groupModes = ["domain", "status", "none"] as const;
export type GroupMode = (typeof groupModes)[number];
export const groupLabels: Record<GroupMode, string> = { domain: "Domain", status: "HTTP status", none: "None" };

export const sortColumns = ["code", "status", "domain"] as const;
export type SortColumn = (typeof sortColumns)[number];

export type Item =
  { kind: "group"; key: string; label: string; count: number; expanded: boolean; anchor?: string } | { kind: "row"; index: number };

/** How buildItems groups, beyond the mode. */
export interface GroupOptions {
  /** Ids on the domain headings, for links to a domain's section (one catalog's page). */
  anchors?: boolean;
  /** The rows are sorted by the grouped column: the groups follow that order, descending included. */
  groupsFollowOrder?: boolean;
  /**
   * A table of several catalogs: domain groups are each catalog's own ("Accounts API › Auth", keyed `accounts/Auth`),
   * so the heading names the catalog and neither the Catalog nor the Domain column repeats it.
   */
  catalogNames?: Record<string, string>;
}

function groupKey(row: TableRow, mode: GroupMode, byCatalog: boolean): string {
  if (mode === "domain") return byCatalog ? `${row.catalog}/${row.domain}` : row.domain;
  return mode === "status" ? (row.status === undefined ? NO_STATUS : String(row.status)) : "";
}

/**
 * The flat list the table renders (and virtualizes): group header items followed by their rows, in the order given.
 * Domain groups keep first-appearance order (the catalog's); status groups ascend. When the rows are sorted by the
 * grouped column (`groupsFollowOrder`), the groups follow that sort instead, descending included. Collapsed groups
 * keep their header.
 */
export function buildItems(
  rows: readonly TableRow[],
  order: readonly number[],
  mode: GroupMode,
  collapsed: ReadonlySet<string>,
  { anchors = false, groupsFollowOrder = false, catalogNames }: GroupOptions = {},
): Item[] {
  const byCatalog = catalogNames !== undefined;
  if (mode === "none") return order.map((index) => ({ kind: "row", index }));
  const groups = new Map<string, number[]>();
  for (const index of order) {
    const key = groupKey(rows[index]!, mode, byCatalog);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(index);
  }
  // In first-appearance order in `order`, which is the order wanted when the sort is by the grouped column.
  const keys = [...groups.keys()];
  if (!groupsFollowOrder && mode === "status") keys.sort((a, b) => statusOrder(a) - statusOrder(b));
  else if (!groupsFollowOrder) {
    const firstSeen = new Map<string, number>();
    rows.forEach((row, i) => {
      const key = groupKey(row, "domain", byCatalog);
      if (!firstSeen.has(key)) firstSeen.set(key, i);
    });
    keys.sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
  }
  const items: Item[] = [];
  for (const key of keys) {
    const members = groups.get(key)!;
    const expanded = !collapsed.has(key);
    const first = rows[members[0]!]!;
    const label =
      mode === "status"
        ? statusLabel(key === NO_STATUS ? undefined : isNaN(Number(key)) ? key : Number(key))
        : byCatalog
          ? `${catalogNames[first.catalog] ?? first.catalog} › ${first.domain}`
          : key;
    items.push({
      kind: "group",
      key,
      label,
      count: members.length,
      expanded,
      ...(anchors && mode === "domain" ? { anchor: domainAnchor(key) } : {}),
    });
    if (expanded) for (const index of members) items.push({ kind: "row", index });
  }
  return items;
}
