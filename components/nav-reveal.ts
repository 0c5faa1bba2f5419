/**
 * Scrolls the sidebar (`root`, the `.site-nav` disclosure) so its deepest marked link, the page or the place nearest
 * to it, is in sight: the box that scrolls is the sidebar itself on a wide screen, its list inside the opened
 * disclosure on a phone. Only that box's scrollTop moves, never the page, and only when the link is out of sight or
 * in its last quarter (where what it holds, a catalog's domains, would be out of sight): it is then centred.
 */
export function revealCurrent(root: Element): void {
  const marked = root.querySelectorAll("[aria-current]");
  const link = marked[marked.length - 1];
  if (!link) return;
  for (const box of [root.querySelector("nav"), root]) {
    if (!box || box.scrollHeight <= box.clientHeight) continue;
    const a = link.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (a.top < b.top || a.bottom > b.bottom - b.height / 4) box.scrollTop += a.top - b.top - (box.clientHeight - a.height) / 2;
    return;
  }
}

/**
 * revealCurrent for the first paint: an inline script right after the sidebar, so the list is in place before the page
 * is shown, with no jump once React arrives. Written out rather than serialised from the function so that its text,
 * and so its CSP hash (scripts/csp-hashes.ts), is the same on every page and in every build.
 */
export const REVEAL_SCRIPT =
  '(function(){var r=document.querySelector(".site-nav");if(!r)return;var m=r.querySelectorAll("[aria-current]"),l=m[m.length-1];if(!l)return;' +
  '[r.querySelector("nav"),r].some(function(x){if(!x||x.scrollHeight<=x.clientHeight)return false;var a=l.getBoundingClientRect(),b=x.getBoundingClientRect();' +
  "if(a.top<b.top||a.bottom>b.bottom-b.height/4)x.scrollTop+=a.top-b.top-(x.clientHeight-a.height)/2;return true})})()";
