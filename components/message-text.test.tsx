import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText } from "./message-text";

const html = (message: string, placeholders?: { name: string; example: string; description?: string }[]) =>
  renderToStaticMarkup(<MessageText entry={{ message, placeholders: placeholders?.map((p) => ({ description: "", ...p })) }} />);

describe("MessageText", () => {
  it("shows a named placeholder as {name}, focusable and described by its example", () => {
    const out = html("The metadata key %v exceeds the maximum allowed length of %v characters.", [
      { name: "key", example: "tenant_color" },
      { name: "max_length", example: "64" },
    ]);
    const chips = [
      ...out.matchAll(
        /<var class="placeholder placeholder-named" tabindex="0" aria-describedby="([^"]+)">([^<]*)<span role="tooltip" id="([^"]+)" class="placeholder-tip">([^<]*)<\/span><\/var>/g,
      ),
    ];
    expect(chips.map((m) => [m[2], m[4]])).toEqual([
      ["{key}", "e.g. tenant_color"],
      ["{max_length}", "e.g. 64"],
    ]);
    for (const m of chips) expect(m[1]).toBe(m[3]);
    expect(new Set(chips.map((m) => m[1])).size).toBe(2);
    expect(out).not.toContain("%v");
  });

  it("keeps a placeholder without a declared name as written, not focusable", () => {
    const out = html("took %v");
    expect(out).toBe('<span>took </span><var class="placeholder">%v</var>');
  });

  it("renders catalog text and examples as text, never as markup", () => {
    const out = html("<script>x</script> took %v", [{ name: "value", example: '<img src=x onerror="y">' }]);
    expect(out).toContain("&lt;script&gt;x&lt;/script&gt; took ");
    expect(out).toContain("e.g. &lt;img src=x onerror=&quot;y&quot;&gt;");
    expect(out).not.toContain("<img");
  });
});
