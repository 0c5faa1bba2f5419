"use client";

import type { ReactNode } from "react";

/**
 * The first tab stop: moves focus to the page's main content. A real link, so it works before and without JavaScript;
 * with it, the click (or Enter) focuses the target itself and leaves the URL alone, so no `#main` is left in the
 * address to be shared or to jump back to.
 */
export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const main = document.getElementById(target);
        if (!main || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        main.focus();
      }}
    >
      {children}
    </a>
  );
}
