import type { ErrorEntry } from "./catalog/schema";
import { SITE_ORIGIN } from "./site";
import { routes } from "./routes";

/** `/e/{code}`: the permanent short path for a code. Codes are letters, digits and `_ : . -`, all safe in a path. */
export function shortPath(code: string): string {
  return routes.shortLink(code);
}

/** Absolute short link, on the configured public origin. */
export function shortLink(code: string, origin: string = SITE_ORIGIN): string {
  return `${origin}${shortPath(code)}`;
}

/** `[CODE: title or message](https://…/e/CODE)`, with Markdown's bracket and backslash characters escaped in the label. */
export function markdownLink(entry: Pick<ErrorEntry, "code" | "title" | "message">, origin: string = SITE_ORIGIN): string {
  const label = `${entry.code}: ${entry.title ?? entry.message}`.replace(/[\\[\]]/g, (c) => `\\${c}`);
  return `[${label}](${shortLink(entry.code, origin)})`;
}
