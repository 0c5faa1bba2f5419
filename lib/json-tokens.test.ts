import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeJson } from "./json-tokens";

describe("tokenizeJson", () => {
  it("tells keys from string values, numbers and literals", () => {
    const kinds = tokenizeJson('{"a": "b", "n": -1.5e3, "t": true}')
      .filter((t) => t.kind !== "space")
      .map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      "punct:{",
      'key:"a"',
      "punct::",
      'string:"b"',
      "punct:,",
      'key:"n"',
      "punct::",
      "number:-1.5e3",
      "punct:,",
      'key:"t"',
      "punct::",
      "literal:true",
      "punct:}",
    ]);
  });

  it("joins back to any input exactly, JSON or not", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
        ),
        (text) => {
          expect(
            tokenizeJson(text)
              .map((t) => t.text)
              .join(""),
          ).toBe(text);
        },
      ),
    );
  });
});
