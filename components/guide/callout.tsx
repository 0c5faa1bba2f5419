import type { ReactNode } from "react";

/** A note or warning in a guide; the label is announced with the role so the aside is not mistaken for body text. */
export function Callout({ type = "note", title, children }: { type?: "note" | "warning"; title?: string; children: ReactNode }) {
  const label = title ?? (type === "warning" ? "Warning" : "Note");
  return (
    <aside role="note" aria-label={label} className={`callout ${type === "warning" ? "callout-warn" : "callout-note"} guide-callout`}>
      <strong className="callout-title">{label}. </strong>
      {children}
    </aside>
  );
}
