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
        // Focusable only while the skip link has sent focus there: a main that is always tabindex=-1 takes focus on
        // every click inside it, and Tab would then start again from the top of the content.
        if (!main.hasAttribute("tabindex")) {
          main.setAttribute("tabindex", "-1");
          main.addEventListener("blur", () => main.removeAttribute("tabindex"), { once: true });
        }
        main.focus();
      }}
    >
      {children}
    </a>
  );
}
