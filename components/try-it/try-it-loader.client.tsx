"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import type { TryItPanelProps } from "./try-it-panel.client";

const TryItPanel = lazy(() => import("./try-it-panel.client"));

/**
 * Shows the server-rendered response, then loads the interactive panel in its own chunk when the browser is idle,
 * so the code page's first-load JavaScript stays small.
 */
export function TryItLoader({ children, ...props }: TryItPanelProps & { children: ReactNode }) {
  const [load, setLoad] = useState(false);
  useEffect(() => {
    const start = () => setLoad(true);
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(start, { timeout: 1500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(start, 200);
    return () => clearTimeout(id);
  }, []);
  if (!load) return children;
  return (
    <Suspense fallback={children}>
      <TryItPanel {...props} />
    </Suspense>
  );
}
