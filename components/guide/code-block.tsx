import { isValidElement, type ReactNode } from "react";
import { guideLang, highlightGuideCode } from "@/lib/guides/highlight";
import "../json-block.css";

const LANG_NAMES: Record<string, string> = {
  ts: "TypeScript",
  tsx: "TSX",
  js: "JavaScript",
  json: "JSON",
  bash: "Shell",
  yaml: "YAML",
  http: "HTTP",
  python: "Python",
  markdown: "Markdown",
  csv: "CSV",
  text: "Text",
};

/** The `pre` of a fenced block in a guide, highlighted on the server at build time. */
export async function GuidePre({ children }: { children?: ReactNode }) {
  const code = isValidElement<{ className?: string; children?: ReactNode }>(children) ? children.props : undefined;
  const text = typeof code?.children === "string" ? code.children : "";
  const lang = guideLang(code?.className);
  const html = await highlightGuideCode(text, lang);
  return (
    <figure className="code-block guide-code" aria-label={`${LANG_NAMES[lang] ?? lang} example`} data-lang={lang}>
      <figcaption className="guide-code-lang">{LANG_NAMES[lang] ?? lang}</figcaption>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
