import { highlight, HIGHLIGHT_LANGS, type HighlightLang } from "../highlight";

/** Languages guides may fence code in; anything else is shown as plain text (still escaped by shiki). */
export const GUIDE_LANGS = HIGHLIGHT_LANGS;
export type GuideLang = HighlightLang | "text";

export function guideLang(className: string | undefined): GuideLang {
  const lang = /(?:^|\s)language-([\w-]+)/.exec(className ?? "")?.[1] ?? "text";
  const aliases: Record<string, GuideLang> = {
    typescript: "ts",
    javascript: "js",
    sh: "bash",
    shell: "bash",
    yml: "yaml",
    py: "python",
    md: "markdown",
  };
  const resolved = aliases[lang] ?? lang;
  return (GUIDE_LANGS as readonly string[]).includes(resolved) ? (resolved as GuideLang) : "text";
}

/** Build-time highlighting for guide code blocks, in the high-contrast themes (lib/highlight.ts). */
export function highlightGuideCode(code: string, lang: GuideLang): Promise<string> {
  return highlight(code.replace(/\n$/, ""), lang, "high-contrast");
}
