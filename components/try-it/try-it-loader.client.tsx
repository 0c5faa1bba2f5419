"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import type { TryItPanelProps } from "./try-it-panel.client";

const TryItPanel = lazy(() => import("./try-it-panel.client"));

interface TryItLoaderProps extends TryItPanelProps {
  /** The server-rendered stand-in: the panel's own markup with its defaults, shown until the panel is loaded. */
  children: ReactNode;
  /** The query parameters the panel reads from the page URL (the endpoint's, and this code's placeholders). */
  parameters: string[];
}

/**
 * Shows the server-rendered stand-in, then loads the interactive panel in its own chunk when the browser is idle, so
 * the code page's first-load JavaScript stays small; at once when the page URL carries Try it inputs, which a shared
 * link does: then the page lands on Try it. Arriving at #try-it puts focus on its heading.
 */
export function TryItLoader({ children, parameters, ...props }: TryItLoaderProps) {
  const [load, setLoad] = useState(false);
  useEffect(() => {
    const shared = [...new URLSearchParams(window.location.search).keys()].some((k) => parameters.includes(k));
    const onHash = () => {
      if (window.location.hash === "#try-it") focusHeading();
    };
    // On arrival, only where the reader has not put focus somewhere already.
    const untouched = !document.activeElement || document.activeElement === document.body;
    // The browser has scrolled to #try-it itself; a shared link without the anchor is brought there.
    if (shared) document.getElementById("try-it")?.scrollIntoView({ block: "start" });
    if (untouched && (shared || window.location.hash === "#try-it")) focusHeading();
    window.addEventListener("hashchange", onHash);
    const cancel = whenIdle(() => setLoad(true), shared);
    return () => {
      window.removeEventListener("hashchange", onHash);
      cancel();
    };
  }, [parameters]);
  if (!load) return children;
  return (
    <Suspense fallback={children}>
      <TryItPanel {...props} />
    </Suspense>
  );
}

/** Focus on the Try it heading, so the keyboard and a screen reader start where the reader was sent. */
function focusHeading() {
  document.getElementById("try-it-heading")?.focus({ preventScroll: true });
}

/** Runs `start` when the browser is idle (at the latest after 1.5 s), or on the next task when `now`; returns a cancel. */
function whenIdle(start: () => void, now: boolean): () => void {
  if (!now && typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(start, { timeout: 1500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(start, now ? 0 : 200);
  return () => clearTimeout(id);
}
