"use client";

import { useEffect } from "react";

/**
 * Sets `<html data-hydrated>` once React has hydrated the layout, so end-to-end tests (and anything else that must not
 * act on server HTML whose handlers are not attached yet) wait for a signal instead of a fixed delay.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
