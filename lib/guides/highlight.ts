import { createHighlighter, type Highlighter } from "shiki";

/** Languages guides may fence code in; anything else is shown as plain text (still escaped by shiki). */
export const GUIDE_LANGS = ["ts", "tsx", "js", "json", "bash", "yaml", "http", "python", "markdown", "csv"] as const;
export type GuideLang = (typeof GUIDE_LANGS)[number] | "text";

let highlighter: Promise<Highlighter> | undefined;

export function guideLang(className: string | undefined): GuideLang {
  const lang = /(?:^|\s)language-([\w-]+)/.exec(className ?? "")?.[1] ?? "text";
  const aliases: Record<string, GuideLang> = { typescript: "ts", javascript: "js", sh: "bash", shell: "bash", yml: "yaml", py: "python", md: "markdown" };
  const resolved = aliases[lang] ?? lang;
  return (GUIDE_LANGS as readonly string[]).includes(resolved) ? (resolved as GuideLang) : "text";
}

/** Build-time highlighting for guide code blocks: dual high-contrast themes (every token passes WCAG AA) as CSS variables, escaped by shiki. */
export async function highlightGuideCode(code: string, lang: GuideLang): Promise<string> {
  highlighter ??= createHighlighter({ themes: ["github-light-high-contrast", "github-dark-high-contrast"], langs: [...GUIDE_LANGS] });
  const h = await highlighter;
  return h.codeToHtml(code.replace(/\n$/, ""), { lang, themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" }, defaultColor: false });
}
