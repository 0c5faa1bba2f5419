import { createHighlighter, type Highlighter } from "shiki";

/** Every language highlighted anywhere: response bodies and commands on code pages, and guides' fenced code. */
export const HIGHLIGHT_LANGS = ["ts", "tsx", "js", "json", "bash", "yaml", "http", "python", "markdown", "csv"] as const;
export type HighlightLang = (typeof HIGHLIGHT_LANGS)[number];

/**
 * The themes: code pages use GitHub's; guides use its high-contrast pair, where every token passes WCAG AA on the
 * guide's background. Both as CSS variables, light and dark.
 */
const THEMES = {
  standard: { light: "github-light", dark: "github-dark" },
  "high-contrast": { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
} as const;

let highlighter: Promise<Highlighter> | undefined;

/** Build-time syntax highlighting, the one shiki instance of the site; shiki escapes the text. "text" is left plain. */
export async function highlight(code: string, lang: HighlightLang | "text", contrast: keyof typeof THEMES = "standard"): Promise<string> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES).flatMap((t) => [t.light, t.dark]), langs: [...HIGHLIGHT_LANGS] });
  const h = await highlighter;
  return h.codeToHtml(code, { lang, themes: THEMES[contrast], defaultColor: false });
}
