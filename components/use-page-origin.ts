"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The origin links are copied with: the deployment's public origin when the build was given one (`configured`),
 * otherwise the page's own, read at run time, so a site served anywhere (127.0.0.1, a preview host, behind a proxy)
 * hands out links that open. Before hydration, with nothing configured, it is "" and links read as paths.
 */
export function usePageOrigin(configured: string | undefined): string {
  const runtime = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "",
  );
  return configured || runtime;
}
