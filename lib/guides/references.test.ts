import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import { checkGuideDir, checkGuideText, resolveErrorCode, scanErrorCodeRefs } from "./references";
import { guideLang } from "./highlight";

const entries = loadCatalogDir(path.join(process.cwd(), "content", "catalogs")).flatMap(entriesOf);

describe("guide ErrorCode references", () => {
  it("finds tags with their lines and attributes, skipping fenced and inline code", () => {
    const text = [
      "# T",
      'See <ErrorCode code="AUTH_001" /> and <ErrorCode catalog="accounts" code={"FORBIDDEN"}/>.',
      "```mdx",
      '<ErrorCode code="IN_A_FENCE" />',
      "```",
      'Inline `<ErrorCode code="INLINE" />` is an example.',
      "<ErrorCode code='X_1'/>",
    ].join("\n");
    expect(scanErrorCodeRefs(text).map(({ line, code, catalog }) => ({ line, code, catalog }))).toEqual([
      { line: 2, code: "AUTH_001", catalog: undefined },
      { line: 2, code: "FORBIDDEN", catalog: "accounts" },
      { line: 7, code: "X_1", catalog: undefined },
    ]);
  });

  it("reports a broken reference as file:line with the code", () => {
    const text = 'Fine: <ErrorCode code="AUTH_001" />\n\nBroken: <ErrorCode code="AUTH_999" />\n';
    expect(checkGuideText(text, "content/guides/x.mdx", entries)).toEqual([
      { file: "content/guides/x.mdx", line: 3, message: 'ErrorCode code="AUTH_999": no such code' },
    ]);
  });

  it("needs the catalog for a code that several catalogs share, and checks the catalog exists", () => {
    expect(resolveErrorCode(entries, "FORBIDDEN").problem).toBe('in several catalogs (accounts, authos); add catalog="…"');
    expect(resolveErrorCode(entries, "FORBIDDEN", "authos").entry?.url).toBe("/catalogs/authos/forbidden");
    expect(resolveErrorCode(entries, "AUTH_001", "nope").problem).toBe('no such catalog "nope"');
    expect(resolveErrorCode(entries, "AUTH_001", "accounts").problem).toBe("no such code in accounts");
  });

  it("the shipped guides have no broken references", () => {
    expect(checkGuideDir(path.join(process.cwd(), "content", "guides"), entries)).toEqual([]);
  });

  it("maps fence classes to highlighter languages", () => {
    expect(guideLang("language-ts")).toBe("ts");
    expect(guideLang("language-sh")).toBe("bash");
    expect(guideLang("language-brainfuck")).toBe("text");
    expect(guideLang(undefined)).toBe("text");
  });
});
