"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject, type SyntheticEvent } from "react";

interface Props {
  /** Where the content shows in full beside the page: a media query that app CSS uses too. */
  media: string;
  className: string;
  children: ReactNode;
  ref?: RefObject<HTMLDetailsElement | null>;
  onToggle?: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  /** A menu over the page: a click or tap outside it closes it too. */
  dismissable?: boolean;
}

/**
 * A <details> that is open on wide screens, so assistive technology hears the list it shows rather than a collapsed
 * disclosure, and its summary (then hidden by CSS) is no tab stop. On narrow screens it starts closed, closes again
 * when the reader follows a link to another page, and Escape closes it with focus back on its summary. Without
 * JavaScript, CSS shows the content on wide screens anyway (`::details-content`) and the summary stays, inert.
 */
export function WideOpenDetails({ media, className, children, ref, onToggle, dismissable = false }: Props) {
  const own = useRef<HTMLDetailsElement>(null);
  const details = ref ?? own;
  const pathname = usePathname();
  useEffect(() => {
    const wide = window.matchMedia(media);
    const sync = () => {
      if (details.current) details.current.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
    // A new page: a narrow screen's disclosure closes, so the page, not the menu, is what the reader sees.
  }, [media, details, pathname]);

  useEffect(() => {
    if (!dismissable) return;
    const onPointerDown = (event: PointerEvent) => {
      const el = details.current;
      if (el?.open && !window.matchMedia(media).matches && !el.contains(event.target as Node)) el.open = false;
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [dismissable, media, details]);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const el = details.current;
    if (event.key !== "Escape" || !el?.open || window.matchMedia(media).matches) return;
    el.open = false;
    el.querySelector("summary")?.focus();
  };

  return (
    <details ref={details} className={className} onToggle={onToggle} onKeyDown={onKeyDown}>
      {children}
    </details>
  );
}
