import type { KeyboardEvent } from "react";
import type { Envelope } from "@/lib/formats";

interface FormatTabsProps {
  selected: string;
  /** The catalog's own envelope first, then the built-in formats. */
  envelopes: Envelope[];
  tabId: (id: string) => string;
  panelId: string;
  /** Absent in the server-rendered stand-in: the tabs show, disabled, until the panel can answer them. */
  onSelect?: (id: string) => void;
}

/** One tab per envelope format (ARIA tabs, arrow keys move and select); the catalog's own format comes first. */
export function FormatTabs({ selected, envelopes, tabId, panelId, onSelect }: FormatTabsProps) {
  const order = envelopes.map((e) => e.id);
  const catalogFormat = order[0];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Move from the focused tab, which is not always the selected one (focus can land on any tab by script or AT).
    const focused = (event.target as HTMLElement).closest<HTMLElement>("[role=tab]")?.dataset.format;
    const i = order.indexOf(order.find((id) => id === focused) ?? selected);
    const next =
      event.key === "ArrowRight"
        ? order[(i + 1) % order.length]
        : event.key === "ArrowLeft"
          ? order[(i - 1 + order.length) % order.length]
          : event.key === "Home"
            ? order[0]
            : event.key === "End"
              ? order[order.length - 1]
              : undefined;
    if (!next || !onSelect) return;
    event.preventDefault();
    onSelect(next);
    event.currentTarget.querySelector<HTMLElement>(`[id="${tabId(next)}"]`)?.focus();
  }

  return (
    <div role="tablist" aria-label="Response format" className="tryit-tabs" onKeyDown={onSelect && onKeyDown}>
      {envelopes.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={tabId(id)}
          data-format={id}
          aria-selected={id === selected}
          aria-controls={panelId}
          tabIndex={id === selected ? 0 : -1}
          disabled={!onSelect}
          onClick={onSelect && (() => onSelect(id))}
        >
          {label}
          {id === catalogFormat && <span className="tryit-default"> (catalog)</span>}
        </button>
      ))}
    </div>
  );
}
