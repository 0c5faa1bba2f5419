import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownDocs } from "./markdown-docs";

const html = (source: string) => renderToStaticMarkup(<MarkdownDocs source={source} />);

describe("catalog Markdown docs", () => {
  it("renders GFM: lists, tables, code and safe links", () => {
    const out = html("- a `+1415`\n\n| F | R |\n| --- | --- |\n| To | E.164 |\n\n[spec](https://example.com/x) and [home](/catalogs)");
    expect(out).toContain("<li>a <code>+1415</code></li>");
    expect(out).toContain("<td>To</td>");
    expect(out).toContain('<a href="https://example.com/x" rel="noopener noreferrer">spec</a>');
    expect(out).toContain('<a href="/catalogs">home</a>');
  });

  it("starts headings below the section's h2, so the page outline holds", () => {
    const out = html("# Causes\n\n## Fixes\n\n###### Deep");
    expect(out).toContain("<h3>Causes</h3>");
    expect(out).toContain("<h4>Fixes</h4>");
    expect(out).toContain("<h6>Deep</h6>");
    expect(out).not.toMatch(/<h[12]/);
  });

  it("shows raw HTML as text and passes no element of it through", () => {
    const out = html('<script>window.__pwned=1</script>\n\n<b>bold</b> <img src=x onerror="window.__pwned=1">');
    expect(out).not.toMatch(/<script|<b>|<img/);
    expect(out).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(out).toContain("&lt;b&gt;bold&lt;/b&gt;");
  });

  it("keeps only https: and relative URLs, in links and images alike", () => {
    const out = html(
      "[a](javascript:alert(1)) [b](data:text/html,x) [c](//evil.example/x) [d](http://plain.example) ![e](javascript:x) ![f](https://example.com/f.png)",
    );
    expect(out).not.toMatch(/href="(javascript|data|\/\/|http:)/i);
    expect(out).not.toContain("<img");
    expect(out).toContain('<a href="https://example.com/f.png">f</a>');
    for (const text of ["a", "b", "c", "d"]) expect(out).toContain(`<span>${text}</span>`);
  });

  it("keeps footnotes working without a heading above the docs' own, and marks any https link as external", () => {
    const out = html("A claim.[^1]\n\n[^1]: The source.\n\n[x](HTTPS://example.com/y)");
    expect(out).not.toMatch(/<h[12]/);
    expect(out).toMatch(/<a id="user-content-fnref-1"[^>]*href="#user-content-fn-1"/);
    expect(out).toContain('<li id="user-content-fn-1">');
    expect(out).toContain('href="#user-content-fnref-1"');
    expect(out).toContain('<a href="HTTPS://example.com/y" rel="noopener noreferrer">x</a>');
  });
});
