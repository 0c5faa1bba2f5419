"use client";

import { useEffect } from "react";
import { alignTip, markTipRows, tipRowOf } from "./tip-open";

/**
 * Escape hides the example a placeholder chip shows on hover or focus (components/message-text.tsx), without moving
 * focus or the pointer (WCAG 1.4.13); it shows again once the chip is left. A table row's clamped text lets go while a
 * chip in it is pointed at or focused, so the tip is not clipped (tip-open.ts). Listeners for the whole page.
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
    // A table row's text is clamped to two lines; it lets go while one of its chips is pointed at or focused.
    let hovered: Element | null = null;
    let focused: Element | null = null;
    const chipOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(".placeholder-named") : null);
    const onPointerOver = (event: PointerEvent) => {
      const row = tipRowOf(event.target);
      if (row !== hovered) {
        hovered = row;
        markTipRows(document, [hovered, focused]);
      }
      // Measured once the row has let go, so the tip is where it shows.
      const chip = chipOf(event.target);
      if (chip && !chip.contains(event.relatedTarget as Node | null)) alignTip(chip);
    };
    const onFocusIn = (event: FocusEvent) => {
      focused = tipRowOf(event.target);
      markTipRows(document, [hovered, focused]);
      const chip = chipOf(event.target);
      if (chip) alignTip(chip);
    };
    const onFocusOut = (event: FocusEvent) => {
      focused = tipRowOf(event.relatedTarget);
      markTipRows(document, [hovered, focused]);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
    };
  }, []);
  return null;
}
