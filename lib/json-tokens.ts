/**
 * A tiny JSON tokenizer for highlighting the Try it body on the server and in the browser alike.
 * Chosen over shiki in the client: shiki's core, JSON grammar, regex engine and two themes cost tens of kB
 * for a job that needs one pass over text that JSON.stringify already wrote.
 */
export type JsonTokenKind = "key" | "string" | "number" | "literal" | "punct" | "space";

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)|(.)/gsy;

/** Splits text into tokens whose texts join back to the input exactly; anything unexpected is punctuation. */
export function tokenizeJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const [, str, colon, num, lit, punct, space] = m;
    if (str !== undefined) {
      tokens.push({ kind: colon ? "key" : "string", text: str });
      if (colon) tokens.push({ kind: "punct", text: colon });
    } else if (num !== undefined) tokens.push({ kind: "number", text: num });
    else if (lit !== undefined) tokens.push({ kind: "literal", text: lit });
    else if (punct !== undefined) tokens.push({ kind: "punct", text: punct });
    else if (space !== undefined) tokens.push({ kind: "space", text: space });
    else tokens.push({ kind: "punct", text: m[0] });
  }
  return tokens;
}
