import { splitLinks } from "@/lib/safe-links";

/** Catalog prose: text rendered literally, with [label](url) links only for https: and relative URLs. */
export function SafeText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} rel={part.href.startsWith("https:") ? "noopener noreferrer" : undefined}>
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
