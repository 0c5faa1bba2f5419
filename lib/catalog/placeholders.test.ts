import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillPlaceholders, messageLiterals, messagePieces, messageSlots, shownMessage, shownPieces } from "./placeholders";
import { parseCatalog } from "./parse";

const p = (name: string, example: string) => ({ name, example });

describe("placeholders in every syntax", () => {
  it("finds printf placeholders with position, flags, width, precision and length, and leaves %%, prose and URL escapes alone", () => {
    const pieces = messagePieces("Column '%-.192s' at row %ld of %lu, %u and %1$s: %d rows, %5.2f%%, %q, %x and %c; 50% success at /a%2Fb");
    expect(pieces.filter((x) => "printf" in x).map((x) => ("printf" in x ? x.printf : ""))).toEqual([
      "%-.192s",
      "%ld",
      "%lu",
      "%u",
      "%1$s",
      "%d",
      "%5.2f",
      "%q",
      "%x",
      "%c",
    ]);
    expect(messageSlots("100%% done, %%d")).toEqual([]);
  });

  it("reads {{ and }} as literal braces, and a filled message as the client receives it", () => {
    expect(messageSlots("use {{0}} or {{name}} literally")).toEqual([]);
    expect(fillPlaceholders("{{literal}} for {0}", [p("arg1", "X")])).toBe("{literal} for X");
    expect(fillPlaceholders("%d%% of quota used", [p("n", "80")])).toBe("80% of quota used");
    // Without any placeholder of that syntax, the text is the client's text as written.
    expect(fillPlaceholders("100%% sure", [])).toBe("100%% sure");
    expect(messagePieces("%d%%")).toEqual([{ printf: "%d", index: 0 }, { text: "%%" }]);
  });

  it("takes a repeated brace placeholder once, by name, with {0} as arg1", () => {
    expect(messageSlots("{0} is not allowed; remove {0} or ask {admin} about {redirectTerm} and {redirectTerm}")).toEqual([
      { name: "arg1" },
      { name: "admin" },
      { name: "redirectTerm" },
    ]);
  });

  it("fills braces by name everywhere they appear, printf in order among the rest", () => {
    const declared = [p("arg1", "foo"), p("count", "3"), p("clientId", "app-1")];
    expect(fillPlaceholders("{0} failed %d times for {clientId}; retry {0}", declared)).toBe("foo failed 3 times for app-1; retry foo");
    expect(fillPlaceholders("{0} failed %d times for {clientId}; retry {0}", declared, { arg1: "bar", count: "9" })).toBe(
      "bar failed 9 times for app-1; retry bar",
    );
  });

  it("splits a message into literals around placeholders of any syntax", () => {
    expect(messageLiterals("Key %-.64s exceeds {max} for {0}")).toEqual(["Key ", " exceeds ", " for ", ""]);
  });

  it("fills any message so that its literal text survives, whatever it holds", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("%s", "{0}", "{name}", "%%", "%-.5d")), { maxLength: 8 }), (parts) => {
        const message = parts.join("");
        // Escapes (%%, {{, }}) read as one character once filled: pinned by the test above, left out here.
        fc.pre(!/%%|\{\{|\}\}/.test(message));
        const literals = messageLiterals(message);
        const filled = fillPlaceholders(message, [
          p("arg1", "X"),
          p("name", "Y"),
          p("a", "Z"),
          p("b", "Z"),
          p("c", "Z"),
          p("d", "Z"),
          p("e", "Z"),
          p("f", "Z"),
          p("g", "Z"),
          p("h", "Z"),
        ]);
        let at = 0;
        for (const literal of literals) {
          const found = filled.indexOf(literal, at);
          expect(found).toBeGreaterThanOrEqual(0);
          at = found + literal.length;
        }
      }),
    );
  });
});

describe("declaring placeholders", () => {
  const catalog = (message: string, placeholders: string) =>
    `slug: demo\nservice: {name: Demo, documented: true}\ndescription: d\nenvelope: {format: nested-error, example: '{"error": {"code": "E1", "message": "m"}}', documented: true}\ndomains: [{name: D}]\nerrors:\n  - code: E1\n    domain: D\n    message: "${message}"\n${placeholders}`;
  const problems = (text: string) => {
    const r = parseCatalog(text, "demo.yaml");
    return r.catalog ? [] : r.issues.map((i) => `${i.line}: ${i.field}: ${i.message}`);
  };

  it("accepts brace placeholders declared by name, once however often they appear", () => {
    expect(
      problems(
        catalog(
          "{clientId} and {clientId} for {0}",
          "    placeholders:\n      - {name: clientId, example: a}\n      - {name: arg1, example: b}\n",
        ),
      ),
    ).toEqual([]);
  });

  it("says which name a brace placeholder must be declared with", () => {
    expect(problems(catalog("{0} is bad", "    placeholders:\n      - {name: value, example: a}\n"))).toEqual([
      "11: errors[0].placeholders: message has {0}, so a placeholder must be declared with name arg1",
    ]);
  });

  it("counts printf placeholders of every kind", () => {
    expect(problems(catalog("%-.192s and %d", "    placeholders:\n      - {name: column, example: a}\n"))).toEqual([
      "11: errors[0].placeholders: message has 2 placeholders (%s/%d/%v…, {0}, {name}) but 1 is declared under placeholders",
    ]);
  });
});

describe("placeholders as pages show them", () => {
  const declared = [
    { name: "key", example: "tenant_color" },
    { name: "max_length", example: "64" },
  ];

  it("reads a declared printf placeholder as its name, by position", () => {
    expect(shownMessage("The key %v exceeds %v characters.", declared)).toBe("The key {key} exceeds {max_length} characters.");
    expect(shownPieces("%s and %d", declared)).toEqual([
      { label: "{key}", placeholder: declared[0] },
      { text: " and " },
      { label: "{max_length}", placeholder: declared[1] },
    ]);
  });

  it("keeps braces as written and an undeclared placeholder literal, with nothing to tell of it", () => {
    expect(shownMessage("{clientId} took %v and %v; 50%% {{x}}", [{ name: "clientId" }, { name: "ms" }])).toBe(
      "{clientId} took {ms} and %v; 50%% {{x}}",
    );
    expect(shownPieces("took %v", [])).toEqual([{ text: "took " }, { label: "%v" }]);
    expect(shownPieces("{0} failed", [{ name: "arg1" }])).toEqual([{ label: "{0}", placeholder: { name: "arg1" } }, { text: " failed" }]);
  });
});
