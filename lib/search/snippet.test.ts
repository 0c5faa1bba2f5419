import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { highlightRanges, snippetPieces } from "./highlight";
import { fromShipped, toShipped } from "./records";
import type { ErrorEntry } from "../catalog/schema";

const shown = (pieces: { text: string; mark: boolean; placeholder: boolean }[]) =>
  pieces
    .map((p) => (p.placeholder ? `<${p.text}>` : p.text))
    .map((t, i) => (pieces[i]!.mark ? `[${t}]` : t))
    .join("");

describe("snippetPieces", () => {
  it("shows a declared printf placeholder by name and keeps the marks on the words around it", () => {
    const message = "Value of %v is longer than %d characters";
    const pieces = snippetPieces(message, highlightRanges(message, ["value", "characters"]), ["key", "max_length"]);
    expect(shown(pieces)).toBe("[Value] of <{key}> is longer than <{max_length}> [characters]");
  });

  it("leaves undeclared placeholders as written, and brace ones as written", () => {
    expect(shown(snippetPieces("Bad %s for {clientId}", []))).toBe("Bad <%s> for <{clientId}>");
    expect(shown(snippetPieces("Bad %s for {clientId}", [], ["clientId", "field"]))).toBe("Bad <{field}> for <{clientId}>");
  });

  it("marks a placeholder a range touches, and keeps literal %% and {{ as text", () => {
    const message = "100%% of {tenant} used";
    expect(shown(snippetPieces(message, highlightRanges(message, ["tenant"])))).toBe("100%% of [<{tenant}>] used");
  });

  it("changes nothing but placeholders' labels: every other character, and what is marked, is the message's", () => {
    const token = fc.constantFrom("%v", "%s", "%d", "{0}", "{name}", "%%", "{{", " ", "a", "é", "word", "<b>", "50%");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), (parts, names) => {
        const message = parts.join("");
        const ranges = highlightRanges(message, ["word", "a"]);
        const plain = snippetPieces(message, ranges);
        // Unnamed, the pieces spell the message, and a character is marked when a range covers it or its placeholder.
        expect(plain.map((p) => p.text).join("")).toBe(message);
        let at = 0;
        for (const piece of plain) {
          const covered = [...piece.text].map((_, k) => ranges.some(([a, b]) => a <= at + k && at + k < b));
          if (piece.placeholder) expect(piece.mark).toBe(covered.some(Boolean));
          else expect(covered.every((c) => c === piece.mark)).toBe(true);
          at += piece.text.length;
        }
        // Named, only the placeholders' labels differ.
        const named = snippetPieces(message, ranges, names);
        expect(named.map((p) => ({ ...p, text: p.placeholder ? "" : p.text }))).toEqual(
          plain.map((p) => ({ ...p, text: p.placeholder ? "" : p.text })),
        );
      }),
    );
  });
});

describe("shipped records carry placeholder names only when a printf placeholder needs them", () => {
  const entry = (message: string, placeholders?: { name: string; example: string }[]) =>
    ({ code: "E1", message, domain: "d", ...(placeholders ? { placeholders } : {}) }) as unknown as ErrorEntry;

  it("round-trips the names of a printf message, with no title or route", () => {
    const shipped = toShipped(entry("Value of %v is bad", [{ name: "key", example: "color" }]));
    expect(shipped).toEqual(["E1", null, "Value of %v is bad", "d", 0, 0, ["key"]]);
    expect(fromShipped(shipped)).toMatchObject({ placeholders: ["key"] });
    expect(fromShipped(shipped)).not.toHaveProperty("title");
    expect(fromShipped(shipped)).not.toHaveProperty("route");
  });

  it("ships no names for a brace-only message or one without declarations", () => {
    expect(toShipped(entry("Bad {clientId}", [{ name: "clientId", example: "c1" }]))).toEqual(["E1", null, "Bad {clientId}", "d"]);
    expect(toShipped(entry("Bad %v"))).toEqual(["E1", null, "Bad %v", "d"]);
  });
});
