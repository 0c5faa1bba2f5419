"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/** ARIA tabs (automatic activation): arrows, Home and End move between tabs; panels are rendered on the server. */
export function TabsClient({ labels, panels, label }: { labels: string[]; panels: ReactNode[]; label: string }) {
  const [selected, setSelected] = useState(0);
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const last = labels.length - 1;
    const next =
      event.key === "ArrowRight"
        ? selected === last
          ? 0
          : selected + 1
        : event.key === "ArrowLeft"
          ? selected === 0
            ? last
            : selected - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
    tabs.current[next]?.focus();
  }

  return (
    <div className="guide-tabs">
      <div role="tablist" aria-label={label} className="guide-tablist">
        {labels.map((text, i) => (
          <button
            key={text}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === selected}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}
            onKeyDown={onKeyDown}
          >
            {text}
          </button>
        ))}
      </div>
      {panels.map((panel, i) => (
        <div
          key={labels[i]}
          role="tabpanel"
          id={`${id}-panel-${i}`}
          aria-labelledby={`${id}-tab-${i}`}
          tabIndex={0}
          hidden={i !== selected}
          className="guide-tabpanel"
          data-label={labels[i]}
        >
          {panel}
        </div>
      ))}
    </div>
  );
}
