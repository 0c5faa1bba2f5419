"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { routes } from "@/lib/routes";
import { SearchIcon } from "./search-icon";
import "./search.css";

// Loaded on first use only: the dialog, FlexSearch and the index stay out of the initial bundle. Pointing at or
// focusing the button starts the download early.
const loadDialog = () => import("./search-dialog.client");
const SearchDialog = lazy(loadDialog);

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The header's search button, and the "/" and Ctrl/Cmd+K shortcuts that open the search dialog from any page. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const isOpen = useRef(false);
  const returnTo = useRef<HTMLElement | null>(null);
  /** What is typed between opening and the dialog's input taking focus (its chunk may still be downloading). */
  const typed = useRef<string | null>(null);

  const show = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    typed.current = "";
    setOpen(true);
  }, []);

  const close = useCallback(() => {
    isOpen.current = false;
    typed.current = null;
    setOpen(false);
    returnTo.current?.focus();
  }, []);

  /** Read by the dialog as it mounts: the keys typed so far become its query. (Reading twice, as React's strict mode
   * does, gives the same text; buffering stops once focus is inside the dialog.) */
  const takeTyped = useCallback(() => typed.current ?? "", []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isOpen.current) {
        const inDialog = e.target instanceof Element && e.target.closest("dialog") !== null;
        if (typed.current === null || inDialog || typingIn(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
        if (e.key.length === 1) typed.current += e.key;
        else if (e.key === "Backspace") typed.current = typed.current.slice(0, -1);
        else return;
        e.preventDefault();
      } else if ((e.key === "k" || e.key === "K") && (e.metaKey || e.ctrlKey) && !e.altKey) {
        e.preventDefault();
        show();
      } else if (e.key === "/" && !e.metaKey && !e.ctrlKey && !e.altKey && !typingIn(e.target)) {
        e.preventDefault();
        show();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [show]);

  return (
    <>
      {/* A link, so that without JavaScript it still leads to the search page; with it, it opens the dialog. */}
      <a
        href={routes.search()}
        className="search-launcher"
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          show();
        }}
        aria-label="Search errors"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        <SearchIcon />
        <span className="search-launcher-label">Search</span>
        <kbd className="search-launcher-kbd" aria-hidden="true">
          /
        </kbd>
      </a>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} takeTyped={takeTyped} />
        </Suspense>
      ) : null}
    </>
  );
}
