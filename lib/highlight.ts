import { createHighlighter, type Highlighter } from "shiki";

let highlighter: Promise<Highlighter> | undefined;

/** Build-time syntax highlighting with light and dark themes as CSS variables; shiki escapes the text. */
export async function highlight(code: string, lang: "json" | "bash" | "http" | "ts"): Promise<string> {
  highlighter ??= createHighlighter({ themes: ["github-light", "github-dark"], langs: ["json", "bash", "http", "ts"] });
  const h = await highlighter;
  return h.codeToHtml(code, { lang, themes: { light: "github-light", dark: "github-dark" }, defaultColor: false });
}
