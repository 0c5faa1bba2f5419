import { evaluate } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import remarkHeadings, { headingId } from "./remark-headings.mjs";
import { tocSchema } from "./toc";

async function compile(text: string, path = "/site/content/guides/x.mdx", only?: string) {
  const mod = await evaluate({ value: text, path }, { ...runtime, remarkPlugins: [[remarkHeadings, only ? { only } : {}]] });
  return { toc: mod.toc, html: renderToStaticMarkup(createElement(mod.default)) };
}

describe("remark-headings", () => {
  it("gives each h2 and h3 an id and exports them, in order, as the table of contents", async () => {
    const { toc, html } = await compile(
      [
        "# Title",
        "",
        "## Retries and backoff",
        "",
        "### Auth Service: nested `error` object",
        "",
        "#### Deeper",
        "",
        "## Retries and backoff",
      ].join("\n"),
    );
    expect(tocSchema.parse(toc)).toEqual([
      { depth: 2, text: "Retries and backoff", id: "retries-and-backoff" },
      { depth: 3, text: "Auth Service: nested error object", id: "auth-service-nested-error-object" },
      { depth: 2, text: "Retries and backoff", id: "retries-and-backoff-2" },
    ]);
    expect(html).toContain('<h2 id="retries-and-backoff">');
    expect(html).toContain('<h3 id="auth-service-nested-error-object">');
    expect(html).toContain('<h2 id="retries-and-backoff-2">');
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<h4>Deeper</h4>");
  });

  it("skips headings in code blocks", async () => {
    const { toc } = await compile(["## Start", "", "```markdown", "## Billing", "```"].join("\n"));
    expect(toc).toEqual([{ depth: 2, text: "Start", id: "start" }]);
  });

  it("leaves files outside its directory alone", async () => {
    const { toc, html } = await compile("## Errors", "/site/content/generated/a.mdx", "/site/content/guides");
    expect(toc).toBeUndefined();
    expect(html).toBe("<h2>Errors</h2>");
  });
});

describe("headingId", () => {
  it("keeps letters and digits of any script, folds accents, and never returns an empty id", () => {
    const taken = new Set<string>();
    expect(headingId("Décider: 429 & 5xx", taken)).toBe("decider-429-5xx");
    expect(headingId("エラー処理", taken)).toBe("エラー処理");
    expect(headingId("???", taken)).toBe("section");
    expect(headingId("???", taken)).toBe("section-2");
  });
});
