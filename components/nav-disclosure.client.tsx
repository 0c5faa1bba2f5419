"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Where the sidebar stops being a disclosure and shows beside the content: app/globals.css uses the same width. */
const WIDE = "(min-width: 861px)";

/**
 * The sidebar's <details>. On a wide screen it is opened, so assistive technology hears the list it shows rather than
 * a collapsed disclosure, and its summary (then hidden by CSS) is no tab stop. Without JavaScript, CSS shows the list
 * on wide screens anyway and the summary stays, inert.
 */
export function NavDisclosure({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (ref.current) ref.current.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, []);
  return (
    <details ref={ref} className="site-nav">
      {children}
    </details>
  );
}
