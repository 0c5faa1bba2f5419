"use client";

import { useLayoutEffect, useSyncExternalStore } from "react";

/**
 * The breadcrumb trail of the page on screen, for the sidebar: the layout cannot see which domain a code belongs to,
 * the page can. Set in the browser only; the server renders the sidebar from the path alone.
 */
const NONE: readonly string[] = [];
let trail: readonly string[] = NONE;
const listeners = new Set<() => void>();

function setTrail(next: readonly string[]) {
  trail = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNavTrail(): readonly string[] {
  return useSyncExternalStore(
    subscribe,
    () => trail,
    () => NONE,
  );
}

/** Tells the sidebar the page's trail while the page is shown; renders nothing. */
export function NavTrail({ hrefs }: { hrefs: readonly string[] }) {
  const key = hrefs.join("\n");
  useLayoutEffect(() => {
    setTrail(key.split("\n"));
    return () => setTrail(NONE);
  }, [key]);
  return null;
}
