import { tokenizeJson } from "@/lib/json-tokens";

/** A JSON body, highlighted by lib/json-tokens; text is rendered as React text, never as HTML. */
export function JsonCode({ text, label, id }: { text: string; label: string; id?: string }) {
  return (
    <pre className="tryit-body" aria-label={label} id={id} tabIndex={0}>
      <code>
        {tokenizeJson(text).map((t, i) =>
          t.kind === "space" ? (
            t.text
          ) : (
            <span key={i} className={`tj-${t.kind}`}>
              {t.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
