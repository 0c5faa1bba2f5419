"use client";
import { lazy } from "react";

/**
 * The interactive table (TanStack Table, the virtualizer, nuqs) in its own chunk, fetched after the page is up, so it
 * stays out of the catalog page's first-load JavaScript. Until it arrives the prerendered static table stands in:
 * every row is already readable and linkable without it.
 */
export const LazyInteractiveTable = lazy(() => import("./interactive-table.client").then((m) => ({ default: m.InteractiveTable })));
