import type { Entry } from "../catalog/model";
import { shortPath } from "../links";

export interface StaticFile {
  /** Path inside out/, forward slashes. */
  path: string;
  content: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, refresh?: string): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    refresh
      ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(refresh)}"><link rel="canonical" href="${escapeHtml(refresh)}">`
      : "",
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body>${body}</body></html>`,
    "",
  ].join("");
}

/**
 * HTML fallbacks for the short links /e/{code} in a static export, where no server can redirect:
 * a meta-refresh page to the code page, or a list when the code exists in several catalogs.
 * Codes and messages are escaped: catalog text is data.
 */
export function shortLinkPages(entries: readonly Entry[]): StaticFile[] {
  const byCode = new Map<string, Entry[]>();
  for (const e of entries) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  // A code of only dots would name a directory, not a file; such codes keep their full code-page URL.
  return [...byCode]
    .filter(([code]) => !/^\.+$/.test(code))
    .map(([code, found]) => {
      const file = `${decodeURIComponent(shortPath(code)).slice(1)}.html`;
      if (found.length === 1) {
        const url = found[0]!.url;
        return { path: file, content: page(code, `<p><a href="${escapeHtml(url)}">${escapeHtml(code)}</a></p>`, url) };
      }
      const items = found
        .map((e) => `<li><a href="${escapeHtml(e.url)}">${escapeHtml(e.code)} in ${escapeHtml(e.catalog)}</a></li>`)
        .join("");
      return {
        path: file,
        content: page(code, `<h1>${escapeHtml(code)}</h1><p>This code exists in several catalogs:</p><ul>${items}</ul>`),
      };
    });
}
