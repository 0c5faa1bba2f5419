import { load, type CheerioAPI } from "cheerio";
import type { APIRequestContext } from "./fixtures";

/** Whitespace as Playwright's text assertions see it: zero-width spaces gone, runs collapsed, ends trimmed. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u200b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A server-rendered page fetched over plain HTTP and parsed, for checks that need no browser (the text every page
 * shows before any script runs). Fails the test on a status other than 200.
 */
export async function fetchPage(request: APIRequestContext, path: string): Promise<{ $: CheerioAPI; text: (selector: string) => string }> {
  const response = await request.get(path, { headers: { accept: "text/html" } });
  if (response.status() !== 200) throw new Error(`${path} answered ${response.status()}`);
  const $ = load(await response.text());
  return { $, text: (selector) => normalizeText($(selector).first().text()) };
}
