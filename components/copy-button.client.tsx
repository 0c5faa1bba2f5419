"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import "./copy-button.css";

interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  text: string;
  /** Visible label, e.g. "Copy link". */
  label: string;
  /** Accessible name when the visible label needs context, e.g. "Copy link to AUTH_001". */
  ariaLabel?: string;
  className?: string;
  /** Shows this icon instead of the label, which is then read by screen readers and shown as a tooltip. */
  icon?: ReactNode;
}

/**
 * Copies text to the clipboard and says so in a polite live region.
 * Falls back to a hidden textarea where the async Clipboard API is refused (plain http, old browsers).
 */
export function CopyButton({ text, label, ariaLabel, className, icon }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const ok = await writeClipboard(text);
    setState(ok ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2000);
  }

  const shown = state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label;
  return (
    <>
      <button
        type="button"
        className={className ?? "copy-button"}
        onClick={copy}
        aria-label={ariaLabel}
        title={icon ? label : undefined}
        data-copy-text={text}
      >
        {icon ? (
          <>
            {state === "copied" ? <CheckIcon /> : icon}
            <span className="sr-only">{shown}</span>
          </>
        ) : (
          shown
        )}
      </button>
      <span role="status" className="sr-only">
        {state === "idle" ? "" : shown}
      </span>
    </>
  );
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Selecting the textarea moves focus to it; give focus back so a keyboard user stays on the button.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    focused?.focus();
    return ok;
  }
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.75">
      <path d="M3 8.5 6.5 12 13 4.5" />
    </svg>
  );
}
