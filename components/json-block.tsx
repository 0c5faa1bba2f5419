import { highlight } from "@/lib/highlight";
import "./json-block.css";

/** A highlighted code block, rendered on the server; the figure is labelled for screen readers. */
export async function JsonBlock({
  code,
  label,
  lang = "json",
}: {
  code: string;
  label: string;
  lang?: "json" | "bash" | "http" | "ts" | "yaml";
}) {
  const pretty = lang === "json" ? prettyJson(code) : code;
  const html = await highlight(pretty, lang);
  return <figure className="code-block" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}

function prettyJson(code: string): string {
  try {
    return JSON.stringify(JSON.parse(code), null, 2);
  } catch {
    return code;
  }
}
