/**
 * Placeholders in messages, in the syntaxes real catalogs use: printf (`%s %d %v %i %f %x %q` and the other C, Go and
 * Java conversions, with a position, flags, width, precision and length such as `%-.192s`, `%ld`, `%1$s`), numbered
 * braces (`{0}`) and named braces (`{clientId}`). `{{` and `}}` are literal braces, as in .NET and Mustache.
 *
 * A printf placeholder is positional: the n-th one takes the n-th declared placeholder that no brace claims. A brace
 * placeholder is named: `{clientId}` is declared as `clientId`, `{0}` as `arg1`, and every occurrence of one brace
 * takes the same value.
 *
 * Catalog text is shown as written: `%%`, `{{` and `}}` stay as they are; only a filled-in message (what a client
 * receives) reads them as one `%`, `{` or `}`.
 */

/**
 * The mock endpoint's own query parameters. A placeholder is set by a parameter of its name, so none may take one of
 * these.
 */
export const RESERVED_PARAMETERS = ["format", "mode", "status", "timestamp", "request_id", "details"] as const;

/**
 * printf without the space flag ("50% success" is prose, not `% s`) and without the upper-case E, F, G and A
 * conversions, which URL escapes in messages would spell (`%2F`).
 */
const TOKEN =
  /%%|\{\{|\}\}|%(?:\d+\$)?[-+0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXefgcspqvTtw]|\{(\d+|[A-Za-z_][A-Za-z0-9_]*)\}/g;

export type MessagePiece = { text: string } | { printf: string; index: number } | { brace: string; name: string };

/** The declared name of a brace placeholder: `{0}` is arg1, `{clientId}` is clientId. */
export function braceName(inner: string): string {
  return /^\d+$/.test(inner) ? `arg${Number(inner) + 1}` : inner;
}

/** A message split into literal text and placeholders; printf ones numbered in order from 0. */
export function messagePieces(message: string): MessagePiece[] {
  const pieces: MessagePiece[] = [];
  let last = 0;
  let printf = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const prev = pieces[pieces.length - 1];
    if (prev && "text" in prev) prev.text += text;
    else pieces.push({ text });
  };
  for (const m of message.matchAll(TOKEN)) {
    pushText(message.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === "%%" || m[0] === "{{" || m[0] === "}}") pushText(m[0]);
    else if (m[1] !== undefined) pieces.push({ brace: m[0], name: braceName(m[1]) });
    else pieces.push({ printf: m[0], index: printf++ });
  }
  pushText(message.slice(last));
  return pieces;
}

/** The distinct placeholders a message needs declared, in first-appearance order: printf by position, braces by name. */
export function messageSlots(message: string): ({ printf: number } | { name: string })[] {
  const slots: ({ printf: number } | { name: string })[] = [];
  const names = new Set<string>();
  for (const piece of messagePieces(message)) {
    if ("printf" in piece) slots.push({ printf: piece.index });
    else if ("brace" in piece && !names.has(piece.name)) {
      names.add(piece.name);
      slots.push({ name: piece.name });
    }
  }
  return slots;
}

/**
 * Which declared placeholder each piece of a message takes: braces by name, printf ones in order among those no brace
 * names. Undefined where nothing is declared for it (the rules report that).
 */
export function resolvePieces<P extends { name: string }>(
  message: string,
  declared: readonly P[] = [],
): (MessagePiece & { placeholder?: P })[] {
  const pieces = messagePieces(message);
  const braceNames = new Set(pieces.flatMap((p) => ("brace" in p ? [p.name] : [])));
  const positional = declared.filter((p) => !braceNames.has(p.name));
  return pieces.map((piece) => {
    if ("printf" in piece) return { ...piece, placeholder: positional[piece.index] };
    if ("brace" in piece) return { ...piece, placeholder: declared.find((p) => p.name === piece.name) };
    return piece;
  });
}

/**
 * The message as a client receives it: every placeholder replaced (by `values[name]` when given, else by the declared
 * example), and `%%`, `{{`, `}}` read as one character where the message uses that syntax.
 */
export function fillPlaceholders<P extends { name: string; example: string }>(
  message: string,
  declared: readonly P[] | undefined,
  values: Record<string, string> = {},
): string {
  const pieces = resolvePieces(message, declared);
  const printf = pieces.some((p) => "printf" in p);
  const braces = pieces.some((p) => "brace" in p);
  return pieces
    .map((piece) => {
      if ("text" in piece) return unescape(piece.text, printf, braces);
      const p = piece.placeholder;
      const raw = "printf" in piece ? piece.printf : piece.brace;
      if (!p) return raw;
      // Own properties only: a placeholder named "constructor" must not pick up Object.prototype.constructor.
      return Object.hasOwn(values, p.name) ? (values[p.name] ?? p.example) : p.example;
    })
    .join("");
}

function unescape(text: string, printf: boolean, braces: boolean): string {
  let out = printf ? text.replace(/%%/g, "%") : text;
  if (braces) out = out.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  return out;
}

/** The message's literal text with every placeholder as a gap (for indexing and matching filled-in messages). */
export function messageLiterals(message: string): string[] {
  const literals: string[] = [""];
  for (const piece of messagePieces(message)) {
    if ("text" in piece) literals[literals.length - 1] += piece.text;
    else literals.push("");
  }
  return literals;
}

/** A piece of a message as a reader sees it: literal text, or a placeholder shown by `label`. */
export type ShownPiece<P> = { text: string } | { label: string; placeholder?: P };

/**
 * A message as pages show it: a placeholder declared with a name reads as that name (`%v` as `{key}`); a brace reads
 * as written (`{clientId}`, `{0}`); one without a declaration stays as written (`%v`), with nothing to say about it.
 */
export function shownPieces<P extends { name: string }>(message: string, declared?: readonly P[]): ShownPiece<P>[] {
  return resolvePieces(message, declared).map((piece) => {
    if ("text" in piece) return { text: piece.text };
    const { placeholder } = piece;
    if ("brace" in piece) return placeholder ? { label: piece.brace, placeholder } : { label: piece.brace };
    return placeholder ? { label: `{${placeholder.name}}`, placeholder } : { label: piece.printf };
  });
}

/** The message's text as pages show it (see shownPieces). */
export function shownMessage(message: string, declared?: readonly { name: string }[]): string {
  return shownPieces(message, declared)
    .map((p) => ("text" in p ? p.text : p.label))
    .join("");
}
