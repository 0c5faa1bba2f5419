import { messagePieces } from "../catalog/placeholders";

/**
 * Filled-in messages matched to their templates: "Missing required param: amount." is the message
 * "Missing required param: {0}." with its placeholder filled.
 *
 * Only distinctive messages take part, so plain phrases such as "Token expired" never turn a log line into a finding:
 * a message needs at least MIN_LITERAL characters of literal text in at least MIN_WORDS words. Each message has an
 * anchor, the longest word of its literal text (4+ letters, as written; among equals the one fewest other messages
 * share); the scanner looks
 * the words of a line up among anchors and tries a message's pattern only where its anchor occurs.
 */
export const MIN_LITERAL = 20;
export const MIN_WORDS = 3;
/** The most characters a placeholder's value may take. */
const MAX_VALUE = 200;

export interface MessageMatcher {
  /** The records whose message is this template (several when catalogs share a message). */
  ids: number[];
  anchor: string;
  /** Most characters a match can span, so a window around the anchor is enough to test. */
  span: number;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALNUM = /[A-Za-z0-9]/;

/** The template as a pattern, or undefined when it is not distinctive enough to identify a code by itself. */
function compile(message: string): { pattern: RegExp; words: string[]; span: number } | undefined {
  const pieces = messagePieces(message.trim());
  const printf = pieces.some((p) => "printf" in p);
  const braces = pieces.some((p) => "brace" in p);
  // Literal text as a client receives it: `%%` is one `%` in a printf message, `{{` one `{` in a brace one.
  const literal = (text: string) => {
    let out = printf ? text.replace(/%%/g, "%") : text;
    if (braces) out = out.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
    return out;
  };
  const texts = pieces.flatMap((p) => ("text" in p ? [literal(p.text)] : []));
  // Anchor candidates: words that are whole tokens as the scanner cuts them (codes-in-text.ts), and that no
  // placeholder's value can run into.
  const anchors: string[] = [];
  pieces.forEach((p, k) => {
    if (!("text" in p)) return;
    const t = literal(p.text);
    for (const m of t.matchAll(/[A-Za-z0-9_:.-]+/g)) {
      const word = m[0].replace(/^[.:-]+|[.:-]+$/g, "");
      const touchesStart = m.index === 0 && k > 0;
      const touchesEnd = m.index + m[0].length === t.length && k < pieces.length - 1;
      // The scanner passes over a run glued to a non-ASCII letter (organization’s): no anchor there either.
      const glued = (t.charCodeAt(m.index - 1) || 0) >= 128 || (t.charCodeAt(m.index + m[0].length) || 0) >= 128;
      if (/^[A-Za-z]{4,}$/.test(word) && !touchesStart && !touchesEnd && !glued) anchors.push(word);
    }
  });
  const all = texts.join(" ");
  const words = all.match(/[A-Za-z]{2,}/g) ?? [];
  if (all.replace(/\s+/g, " ").trim().length < MIN_LITERAL || words.length < MIN_WORDS) return undefined;
  let source = "";
  let span = 0;
  for (const p of pieces) {
    if ("text" in p) {
      const t = literal(p.text);
      source += escape(t);
      span += t.length;
    } else {
      source += `(?:.{1,${MAX_VALUE}}?)`;
      span += MAX_VALUE;
    }
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const before = "text" in first && ALNUM.test(first.text[0] ?? "") ? "(?<![A-Za-z0-9])" : "";
  const after = "text" in last && ALNUM.test(last.text.at(-1) ?? "") ? "(?![A-Za-z0-9])" : "";
  return { pattern: new RegExp(before + source + after), words: anchors, span };
}

/** Matchers for the distinctive messages among `messages` (record id → message), one per distinct template. */
export function compileMessages(messages: readonly string[]): MessageMatcher[] {
  const byTemplate = new Map<string, number[]>();
  messages.forEach((m, id) => {
    const key = m.trim();
    const ids = byTemplate.get(key);
    if (ids) ids.push(id);
    else byTemplate.set(key, [id]);
  });
  const compiled: { ids: number[]; pattern: RegExp; words: string[]; span: number }[] = [];
  for (const [template, ids] of byTemplate) {
    const c = compile(template);
    if (c && c.words.length) compiled.push({ ids, ...c });
  }
  // How many messages each word appears in: the rarest makes the best anchor.
  const df = new Map<string, number>();
  for (const c of compiled) for (const w of new Set(c.words)) df.set(w, (df.get(w) ?? 0) + 1);
  return compiled.map(({ ids, pattern, words, span }) => {
    // Long words are rare in logs at large ("response", "session" are not): the longest word, then the rarest among
    // messages.
    const anchor = [...words].sort((a, b) => b.length - a.length || df.get(a)! - df.get(b)! || (a < b ? -1 : 1))[0]!;
    return { ids, anchor, span, pattern };
  });
}

/** Where the matcher's message occurs in `text` around `at`, where its anchor word was seen: [start, end) or undefined. */
export function messageAt(matcher: MessageMatcher, text: string, at: number): [number, number] | undefined {
  const from = Math.max(0, at - matcher.span);
  const to = Math.min(text.length, at + matcher.span);
  const m = matcher.pattern.exec(from === 0 && to === text.length ? text : text.slice(from, to));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}
