"use client";

import { useEffect } from "react";
import { alignTip, chipOf, markTipRows, rowTextOf } from "./placeholder-tip";

/**
 * Escape hides the example a placeholder chip shows on hover or focus (components/message-text.tsx), without moving
 * focus or the pointer (WCAG 1.4.13); it shows again once the chip is left. A table row's clamped text lets go while a
 * chip in it is pointed at or focused, so the tip is not clipped (placeholder-tip.ts). Listeners for the whole page.
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
    const mark = (nextHovered: Element | null, nextFocused: Element | null) => {
      if (nextHovered === hovered && nextFocused === focused) return;
      hovered = nextHovered;
      focused = nextFocused;
      markTipRows(document, [hovered, focused]);
    };
    const onPointerOver = (event: PointerEvent) => {
      const chip = chipOf(event.target);
      mark(rowTextOf(chip), focused);
      // Measured once the row has let go, so the tip is where it shows.
      if (chip && !chip.contains(event.relatedTarget as Node | null)) alignTip(chip);
    };
    const onFocusIn = (event: FocusEvent) => {
      const chip = chipOf(event.target);
      mark(hovered, rowTextOf(chip));
      if (chip) alignTip(chip);
    };
    const onFocusOut = (event: FocusEvent) => mark(hovered, rowTextOf(chipOf(event.relatedTarget)));
    const listening = new AbortController();
    const { signal } = listening;
    document.addEventListener("keydown", onKeyDown, { signal });
    document.addEventListener("pointerover", onPointerOver, { signal });
    document.addEventListener("focusin", onFocusIn, { signal });
    document.addEventListener("focusout", onFocusOut, { signal });
    return () => listening.abort();
  }, []);
  return null;
}
