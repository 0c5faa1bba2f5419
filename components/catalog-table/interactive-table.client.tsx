"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { TableData } from "@/lib/table/rows";
import { rowSearchFields } from "@/lib/table/rows";
import { matchesTerms, filterTerms, searchText } from "@/lib/table/normalize";
import {
  allFacetKeys,
  facetCounts,
  facetOptions,
  facetTitle,
  filterIndexes,
  sanitizeSelection,
  type FacetKey,
  type Selection,
} from "@/lib/table/facets";
import { buildItems, type GroupMode, type SortColumn } from "@/lib/table/grouping";
import { useTableUrlState } from "./use-table-url-state";
import { hasTableState } from "./table-state-keys";
import { useHashTarget } from "./use-hash-target";
import { useSortedOrder } from "./use-sorted-order";
import { Toolbar } from "./toolbar.client";
import { HeaderRow } from "./header-row.client";
import { PlainBody } from "./plain-body.client";
import { VirtualBody } from "./virtual-body.client";
import { ColGroup, tableMinWidth, visibleColumns, type RowContext } from "./columns";
import { columnWidths } from "@/lib/table/widths";
import { usePageOrigin } from "../use-page-origin";

/** Above this many rows only the rows near the viewport are in the DOM. */
const VIRTUALIZE_ABOVE = 500;

export interface InteractiveTableProps extends TableData {
  /** The configured public origin, or "" to copy links with the page's own (usePageOrigin). */
  origin: string;
  /** What the reader did in the table shown before this one loaded, carried on when it arrives. */
  early?: EarlyUse;
}

/** The first use of the table shown before the interactive one, which is what loads it (lazy-table.client.tsx). */
export interface EarlyUse {
  /** What was typed in the filter box. */
  query: string;
  /** The control that had focus, as a selector within the table, to focus its counterpart. */
  focus?: string;
  /** The facet button clicked (its index in the toolbar): its list opens. */
  openFacet?: number;
  /** The grouping chosen. */
  group?: GroupMode;
  /** The sort clicked on a header: a column, or null when clicks went round to unsorted. */
  sort?: { column: SortColumn; desc: boolean } | null;
}

const NO_VAR_FACETS: string[] = [];

/**
 * The interactive table inside nuqs's URL-state adapter. The adapter comes with this chunk, not with the page: the
 * static table shown first reads no URL state, so the catalog page's first-load JS need not carry it.
 */
export function InteractiveTableWithUrlState(props: InteractiveTableProps) {
  return (
    <NuqsAdapter>
      <InteractiveTable {...props} />
    </NuqsAdapter>
  );
}

export function InteractiveTable({
  rows,
  title,
  catalogNames,
  showCatalog,
  origin: configuredOrigin,
  early,
  varFacets = NO_VAR_FACETS,
}: InteractiveTableProps) {
  const [state, setState] = useTableUrlState(varFacets);
  const origin = usePageOrigin(configuredOrigin || undefined);
  const rootRef = useRef<HTMLDivElement>(null);
  // The filter box's text until the URL state has it: first what was typed before this table arrived, then each
  // change. nuqs takes an update into its own state only once its subscription is up, after this table's first
  // effects, so a key pressed before then would otherwise land in a box still showing the old text. Read while
  // rendering the mount: a key pressed meanwhile, in the table shown before, restarts that render.
  const [carried, setCarried] = useState<string | null>(() => (early?.query && !state.q ? early.query : null));
  if (carried !== null && state.q === carried) setCarried(null);
  const q = carried ?? state.q;
  const query = useDeferredValue(q);

  const texts = useMemo(
    () => rows.map((row) => searchText(rowSearchFields(row, showCatalog ? catalogNames[row.catalog] : undefined))),
    [rows, showCatalog, catalogNames],
  );
  const everyKey = useMemo(() => allFacetKeys(varFacets), [varFacets]);
  const keys = useMemo(() => everyKey.filter((k) => k !== "catalog" || showCatalog), [everyKey, showCatalog]);
  const options = useMemo(() => Object.fromEntries(keys.map((k) => [k, facetOptions(rows, k, catalogNames)])), [rows, keys, catalogNames]);

  const rawSelection: Selection = Object.fromEntries(everyKey.map((k) => [k, state[k]]));
  const selectionKey = JSON.stringify(rawSelection);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const selection = useMemo(() => sanitizeSelection(rawSelection, options), [selectionKey, options]);

  const termsKey = filterTerms(query).join(" ");
  const queryFlags = useMemo(() => {
    const terms = termsKey ? termsKey.split(" ") : [];
    const flags = new Uint8Array(texts.length);
    for (let i = 0; i < texts.length; i++) flags[i] = matchesTerms(texts[i]!, terms) ? 1 : 0;
    return flags;
  }, [texts, termsKey]);
  const matchQuery = useCallback((i: number) => queryFlags[i] === 1, [queryFlags]);
  const counts = useMemo(() => facetCounts(rows, matchQuery, selection, keys), [rows, matchQuery, selection, keys]);
  const keep = useMemo(() => filterIndexes(rows, matchQuery, selection), [rows, matchQuery, selection]);

  const sorted = useSortedOrder(rows, state.sort, state.dir === "desc");
  const shown = useMemo(() => sorted.filter((i) => keep[i] === 1), [sorted, keep]);
  const collapsedKey = state.collapsed.join("\u0000");
  const items = useMemo(
    () =>
      buildItems(rows, shown, state.group, new Set(collapsedKey ? collapsedKey.split("\u0000") : []), {
        anchors: !showCatalog,
        groupsFollowOrder: state.sort === state.group,
        ...(showCatalog ? { catalogNames } : {}),
      }),
    [rows, shown, state.group, collapsedKey, showCatalog, state.sort, catalogNames],
  );

  const targetId = useHashTarget();
  const context = useMemo<RowContext>(
    () => ({ showCatalog, catalogNames, origin, group: state.group }),
    [showCatalog, catalogNames, origin, state.group],
  );
  const colSpan = visibleColumns(showCatalog, state.group).length;
  const widths = useMemo(() => columnWidths(rows, catalogNames), [rows, catalogNames]);

  // Once, on arrival: apply the grouping, sort and text chosen in the table shown before, focus the counterpart of
  // the control focused there, open the facet clicked there, or land a shared view on the table. A layout effect: it runs in the task that commits this table, so no key
  // pressed after the swap goes to the page instead of the filter box.
  useLayoutEffect(() => {
    const root = rootRef.current;
    // Into the URL (nuqs's own state follows from it: its subscription is not up yet).
    if (early?.query && !state.q) void setState({ q: early.query }, { history: "replace" });
    if (early?.group !== undefined || early?.sort !== undefined) {
      void setState({
        ...(early.group !== undefined ? { group: early.group === "domain" ? null : early.group, collapsed: null } : {}),
        ...(early.sort !== undefined ? { sort: early.sort?.column ?? null, dir: early.sort?.desc ? "desc" : null } : {}),
      });
    }
    if (early?.focus) root?.querySelector<HTMLElement>(early.focus)?.focus({ preventScroll: true });
    const facet =
      early?.openFacet === undefined
        ? undefined
        : root?.querySelectorAll<HTMLButtonElement>(".toolbar-facets .facet-button")[early.openFacet];
    if (facet && facet.getAttribute("aria-expanded") !== "true") facet.click();
    if (early?.focus || facet) return;
    if (!window.location.hash && hasTableState(new URLSearchParams(window.location.search), varFacets)) {
      rootRef.current?.scrollIntoView({ block: "start" });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onFacet = useCallback(
    (key: FacetKey, value: string, checked: boolean) =>
      setState((old) => {
        const current = ((old as Record<string, unknown>)[key] ?? []) as string[];
        const next = checked ? [...current, value] : current.filter((v) => v !== value);
        return { [key]: next.length ? next : null };
      }),
    [setState],
  );
  const onToggleGroup = useCallback(
    (key: string) =>
      setState((old) => {
        const next = old.collapsed.includes(key) ? old.collapsed.filter((k) => k !== key) : [...old.collapsed, key];
        return { collapsed: next.length ? next : null };
      }),
    [setState],
  );
  const onSort = useCallback(
    (column: SortColumn) =>
      setState((old) =>
        old.sort !== column ? { sort: column, dir: null } : old.dir === "asc" ? { dir: "desc" } : { sort: null, dir: null },
      ),
    [setState],
  );
  const clear = useCallback(
    () => setState({ q: null, collapsed: null, ...Object.fromEntries(everyKey.map((k) => [k, null])) }),
    [setState, everyKey],
  );

  const filtered = Boolean(q) || Object.keys(selection).length > 0;
  const grouped = state.group === "none" ? "" : `, grouped by ${state.group === "status" ? "HTTP status" : "domain"}`;
  const Body = rows.length > VIRTUALIZE_ABOVE ? VirtualBody : PlainBody;

  return (
    <div className="catalog-table" ref={rootRef}>
      <Toolbar
        query={q}
        onQuery={(value) => {
          setCarried(value);
          void setState({ q: value || null }, { history: "replace" });
        }}
        facets={keys.map((key) => ({
          key,
          title: facetTitle(key),
          options: options[key],
          counts: counts[key],
          selected: selection[key] ?? NO_VAR_FACETS,
        }))}
        onFacet={onFacet}
        group={state.group}
        onGroup={(group) => setState({ group: group === "domain" ? null : group, collapsed: null })}
        onClear={clear}
        shown={shown.length}
        total={rows.length}
      />
      <div className="table-wrap">
        {/* data-query says which query the rows show: the filter benchmark waits for it to catch up with the box. */}
        <table className="error-table interactive" data-query={query} style={{ minWidth: tableMinWidth(showCatalog, state.group, widths) }}>
          <caption>
            {title}: {rows.length} error codes{grouped}
            {filtered ? `, ${shown.length} shown` : ""}
          </caption>
          <ColGroup showCatalog={showCatalog} group={state.group} widths={widths} />
          <thead>
            <HeaderRow showCatalog={showCatalog} group={state.group} sort={{ column: state.sort, desc: state.dir === "desc", onSort }} />
          </thead>
          {shown.length === 0 ? (
            <tbody>
              <tr>
                <td colSpan={colSpan} className="empty-state">
                  <p>
                    <strong>No codes match{q ? ` “${q}”` : ""} with these filters.</strong>
                  </p>
                  <p>
                    Try fewer or shorter words, a code without its separators (<code>auth 001</code> finds AUTH_001), or untick a facet, or
                    press “Clear filters” above.
                  </p>
                </td>
              </tr>
            </tbody>
          ) : (
            <Body
              items={items}
              rows={rows}
              query={query}
              context={context}
              colSpan={colSpan}
              targetId={targetId}
              onToggle={onToggleGroup}
            />
          )}
        </table>
      </div>
    </div>
  );
}
