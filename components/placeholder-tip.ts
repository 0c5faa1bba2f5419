/**
 * The DOM side of a placeholder chip's example tip (components/message-text.tsx), for the page-wide listeners in
 * placeholder-tips.client.tsx. A table row's clamped text lets go while a chip in it is pointed at or focused, so the
 * tip is not clipped (`.row-text[data-tip-open]`, components/catalog-table/catalog-table.css): page-wide listeners
 * instead of a `:has(:hover)` selector, which made the browser check every row's text whenever the table's DOM changed.
 */
const TIP_OPEN = "data-tip-open";
const TIP_END = "data-tip-end";

/** The chip at (or around) `target`, or null. */
export function chipOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(".placeholder-named") : null;
}

/** The clamped row text a chip sits in, or null (a chip outside a table). */
export function rowTextOf(chip: Element | null): Element | null {
  return chip?.closest(".row-text") ?? null;
}

/** Marks exactly the row texts in `open` (the pointed-at and the focused chip's) and unmarks the rest under `root`. */
export function markTipRows(root: ParentNode, open: readonly (Element | null)[]): void {
  for (const element of root.querySelectorAll(`[${TIP_OPEN}]`)) if (!open.includes(element)) element.removeAttribute(TIP_OPEN);
  for (const element of open) element?.setAttribute(TIP_OPEN, "");
}

/**
 * Lets a chip's tip (shown on hover and focus by CSS) open leftwards from the chip's right edge when opening rightwards
 * would run past the box that clips it (a table's horizontal scroller on a phone, or the window) and leftwards would
 * not (`.placeholder-named[data-tip-end]`, components/message-text.css).
 */
export function alignTip(chip: Element): void {
  const tip = chip.querySelector(".placeholder-tip");
  if (!tip) return;
  chip.removeAttribute(TIP_END);
  const box = tip.getBoundingClientRect();
  if (box.width === 0) return;
  const clip = chip.closest(".table-wrap")?.getBoundingClientRect() ?? { left: 0, right: document.documentElement.clientWidth };
  if (box.right > clip.right && chip.getBoundingClientRect().right - box.width >= clip.left) chip.setAttribute(TIP_END, "");
}
