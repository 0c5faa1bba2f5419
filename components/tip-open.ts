/**
 * Which clamped row text holds the placeholder chip that is pointed at or focused: its clamp lets go so the chip's
 * example tip is not clipped (components/catalog-table/catalog-table.css, `.row-text[data-tip-open]`). One pair of
 * page-wide listeners instead of a `:has(:hover)` selector, which made the browser check every row's text whenever
 * the table's DOM changed.
 */
export const TIP_OPEN = "data-tip-open";

/** The row text a chip at (or inside) `target` sits in, or null. */
export function tipRowOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  return target.closest(".placeholder-named")?.closest(".row-text") ?? null;
}

/** Marks exactly the row texts in `open` (the pointed-at and the focused chip's) and unmarks the rest under `root`. */
export function markTipRows(root: ParentNode, open: readonly (Element | null)[]): void {
  for (const element of root.querySelectorAll(`[${TIP_OPEN}]`)) if (!open.includes(element)) element.removeAttribute(TIP_OPEN);
  for (const element of open) element?.setAttribute(TIP_OPEN, "");
}

/**
 * Lets a chip's tip (shown on hover and focus by CSS) open leftwards from the chip's right edge when opening rightwards
 * would run past the box that clips it (a table's horizontal scroller on a phone, or the window) and leftwards would
 * not: `data-tip-end`.
 */
export function alignTip(chip: Element): void {
  const tip = chip.querySelector(".placeholder-tip");
  if (!tip) return;
  chip.removeAttribute("data-tip-end");
  const box = tip.getBoundingClientRect();
  if (box.width === 0) return;
  const clip = chip.closest(".table-wrap")?.getBoundingClientRect() ?? { left: 0, right: document.documentElement.clientWidth };
  if (box.right > clip.right && chip.getBoundingClientRect().right - box.width >= clip.left) chip.setAttribute("data-tip-end", "");
}
