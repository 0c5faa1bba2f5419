"use client";

import { useEffect } from "react";

/**
 * Escape hides the example a placeholder chip shows on hover or focus (components/message-text.tsx), without moving
 * focus or the pointer (WCAG 1.4.13); it shows again once the chip is left. One listener for the whole page.
 */
export function PlaceholderTips() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      for (const chip of document.querySelectorAll<HTMLElement>(".placeholder-named:is(:hover, :focus-visible)")) {
        chip.dataset.tipDismissed = "";
        const reset = () => delete chip.dataset.tipDismissed;
        chip.addEventListener("mouseleave", reset, { once: true });
        chip.addEventListener("blur", reset, { once: true });
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
