/**
 * Catalog text as literal Markdown inside a line: every character CommonMark, GFM or an MDX-based OpenAPI renderer
 * could read as markup mid-line (emphasis, code, links, HTML, entities, tables, `{expressions}`) is backslash-escaped,
 * so a message such as `<b>{key}</b> *required*` shows as written in Redoc, Scalar or Swagger UI. Line breaks become
 * spaces, so the text never starts a line (where `#`, `-` or `1.` would mean something).
 */
export function markdownText(text: string): string {
  return (
    text
      .replace(/\s*[\r\n]+\s*/g, " ")
      .replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`)
      .replace(/[<>&]/g, (c) => ENTITIES[c]!)
      // Not a link once escaped, but linters flag the scheme as written; `\:` shows as ":".
      .replace(/\b(javascript|vbscript|data):/gi, "$1\\:")
  );
}

/** As entities rather than backslash escapes: linters (Redocly's no-unsafe-markdown) look for `<script` as written. */
const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
