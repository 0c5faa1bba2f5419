export interface TextPart {
  text: string;
  href?: string;
}

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Only https: and same-site relative URLs become links; anything else (javascript:, data:, //host) stays text. */
/** A path on this site: one leading "/" (not "//", which a browser reads as another host), no backslash or control character. */
export function isSitePath(href: string): boolean {
  return /^\/(?!\/)/.test(href) && !/[\u0000-\u001f\\]/.test(href);
}

export function isSafeHref(href: string): boolean {
  if (isSitePath(href)) return true;
  if (href.startsWith("#")) return !/[\u0000-\u001f\\]/.test(href);
  try {
    return new URL(href).protocol === "https:";
  } catch {
    return false;
  }
}

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = "", href = ""] = match;
    if (!isSafeHref(href)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: label, href });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
