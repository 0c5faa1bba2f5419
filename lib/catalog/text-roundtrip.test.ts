// Property: any string in any text field survives validate → generate → render as exactly that text.
// Through the real path: YAML text → the validating loader → the MDX generator → the React components the pages use,
// rendered by react-dom/server → HTML parsed back with parse5 (as a browser would) → text compared.
// (next build itself is covered by e2e-hostile, which builds a whole site from hostile text.)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { messageSlots, shownMessage } from "./placeholders";
import { createElement, type ComponentType } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { afterAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { splitLinks } from "../safe-links";
import { generateFiles } from "../generate/generate-files";

const dir = mkdtempSync(path.join(tmpdir(), "errata-roundtrip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Fragments that mean something to MDX, JSX, HTML, Markdown links or the placeholder syntax. */
const TRICKY = [
  "<script>",
  "</script>",
  "{",
  "}",
  "${x}",
  "`",
  "```",
  "<!--",
  "-->",
  "&amp;",
  "&lt;",
  "<b>",
  "import x from 'y'\n",
  "export const a = 1\n",
  "[",
  "](",
  ")",
  "https://example.com/a?b=1&c=2",
  "/docs",
  "javascript:alert(1)",
  "%v",
  "%s",
  "%-.192s",
  "%%",
  "{0}",
  "{clientId}",
  "\r\n",
  "\t",
  "\u0000",
  "\u202e",
  "\u200b",
  "é",
  "👩‍💻",
  "#",
  ":",
  "- ",
  "? ",
  "'",
  '"',
  "\\",
];
/** Any Unicode text a catalog may hold: the schema trims fields and refuses empty ones. */
const text = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
    fc
      .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 4 })), { minLength: 1, maxLength: 12 })
      .map((a) => a.join("")),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** HTML parsing itself, in every browser, turns CR and CRLF into LF, drops NUL from text and makes it U+FFFD in attributes. */
const asHtmlParses = (s: string) => s.replace(/\r\n?/g, "\n").replace(/\0/g, "");
const asAttribute = (s: string) => s.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");

async function html(component: ComponentType<never>, props: object): Promise<T.Document> {
  const { prelude } = await prerenderToNodeStream(createElement(component, props as never));
  let out = "";
  for await (const chunk of prelude) out += chunk;
  return parse(`<!doctype html><html><body>${out}</body></html>`);
}

function* walk(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      yield child;
      yield* walk(child);
    }
  }
}
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: T.ChildNode | T.ParentNode): string =>
  "value" in node && node.nodeName === "#text" ? node.value : "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
function find(doc: T.ParentNode, pick: (el: T.Element) => boolean, what: string): T.Element {
  for (const el of walk(doc)) if (pick(el)) return el;
  throw new Error(`no element for ${what}`);
}
const byClass = (name: string) => (el: T.Element) => (attr(el, "class") ?? "").split(" ").includes(name);
/** A message's text as read on screen: each placeholder's example tip (shown on hover or focus) left out. */
const shownTextOf = (node: T.ChildNode | T.ParentNode): string =>
  "value" in node && node.nodeName === "#text"
    ? node.value
    : "tagName" in node && byClass("placeholder-tip")(node)
      ? ""
      : "childNodes" in node
        ? node.childNodes.map(shownTextOf).join("")
        : "";
const links = (el: T.Element) => [...walk(el)].filter((e) => e.tagName === "a").map((a) => ({ text: textOf(a), href: attr(a, "href") }));

/** Prose fields render their text, with only https:/relative [label](url) links turned into links. */
function expectProse(el: T.Element, source: string, prefix = "") {
  const parts = splitLinks(source);
  expect(textOf(el)).toBe(asHtmlParses(prefix + parts.map((p) => p.text).join("")));
  expect(links(el)).toEqual(parts.filter((p) => p.href).map((p) => ({ text: asHtmlParses(p.text), href: asAttribute(p.href!) })));
}

const fields = fc.record({
  service: text,
  description: text,
  notes: text,
  envelopeNotes: text,
  domain: text,
  domainDescription: text,
  title: text,
  message: text,
  example: text,
  placeholderDescription: text,
  route: text,
  meaning: text,
  action: text,
  entryNotes: text,
});

describe("catalog text round trip", () => {
  // Each run re-imports the components (a fresh repository), so Shiki warns about its instances; that is noise here.
  const warn = console.warn;
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("[Shiki]")) warn(...args);
  });

  it("renders any string in any text field as exactly that text", async () => {
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        // Braces ({0}, {name}) are declared by their names; printf ones under any name.
        const placeholders = messageSlots(f.message).map((slot, i) => ({
          name: "name" in slot ? slot.name : `zz_printf_${i}`,
          example: f.example,
          description: f.placeholderDescription,
        }));
        const catalog = {
          slug: "prop",
          service: { name: f.service, documented: true },
          description: f.description,
          envelope: {
            format: "nested-error",
            example: '{"error": {"code": "X_1", "message": "m"}}',
            documented: true,
            notes: f.envelopeNotes,
          },
          notes: f.notes,
          domains: [{ name: f.domain, description: f.domainDescription }],
          errors: [
            {
              code: "X_1",
              status: 400,
              domain: f.domain,
              title: f.title,
              message: f.message,
              ...(placeholders.length ? { placeholders } : {}),
              route: f.route,
              meaning: f.meaning,
              action: f.action,
              notes: f.entryNotes,
            },
          ],
        };
        // Every string quoted, as a careful author would (unquoted `no` is refused as a YAML 1.1 boolean).
        writeFileSync(
          path.join(dir, "prop.yaml"),
          stringify(catalog, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 }),
        );
        process.env.ERRATA_CATALOG_DIR = dir;
        vi.resetModules();
        const repository = await import("./repository");
        const [loaded] = repository.getCatalogs(); // validate: throws with every issue if the catalog is refused
        expect(loaded).toEqual(catalog);

        // generate: the MDX takes the catalog as a prop, so its output cannot depend on the text; the short-link
        // keys are the codes folded to letters and digits.
        const generated = generateFiles([loaded!]);
        const pages = (files: typeof generated) => files.filter((f) => !f.path.startsWith("short-link-"));
        expect(pages(generated)).toEqual(
          pages(generateFiles([{ ...loaded!, service: { name: "x", documented: true }, description: "x", notes: "x", errors: [] }])),
        );
        const keys = JSON.parse(/= (\[.*\]);/.exec(generated.find((f) => f.path === "short-link-keys.ts")!.content)![1]!) as string[];
        expect(keys.every((k) => /^[\p{L}\p{N}]+$/u.test(k))).toBe(true);
        // The short-link redirects hold only keys and paths built from slugs, never catalog text.
        const redirects = generated.find((f) => f.path === "short-link-redirects.ts")!.content;
        const map = JSON.parse(/= (\{.*\});/.exec(redirects)![1]!) as Record<string, string>;
        expect(Object.values(map).every((url) => /^\/catalogs\/[a-z0-9-]+\/[a-z0-9-]+$/.test(url))).toBe(true);

        const entry = repository.getEntry("prop", "x-1")!;
        const { CodeDetails } = await import("@/components/code-details");
        const { relatedView } = await import("./related-view");
        const page = await html(CodeDetails, { entry, catalog: loaded, related: relatedView(repository.getCatalogs(), entry) });
        expect(textOf(find(page, byClass("code-title"), "title"))).toBe(asHtmlParses(f.title));
        // Placeholders read by name (%v as {key}); the rest of the message exactly as written.
        expect(shownTextOf(find(page, byClass("code-message"), "message"))).toBe(asHtmlParses(shownMessage(f.message, placeholders)));
        const facts = [...walk(find(page, byClass("facts"), "facts"))].filter((e) => e.tagName === "div");
        const fact = (label: string) =>
          textOf(
            facts
              .find((d) => textOf(d.childNodes.find((c) => c.nodeName === "dt")!) === label)!
              .childNodes.find((c) => c.nodeName === "dd")!,
          );
        expect(fact("Domain")).toBe(asHtmlParses(f.domain));
        expect(fact("Route")).toBe(asHtmlParses(f.route));
        if (f.meaning !== f.message) expect(fact("Meaning")).toBe(asHtmlParses(f.meaning));
        expect(fact("Action (documented)")).toBe(asHtmlParses(f.action));
        for (const [i, p] of placeholders.entries()) {
          const cells = [...walk(find(page, (el) => el.tagName === "tbody", "placeholders"))].filter((e) => e.tagName === "tr")[i]!;
          const [, , example, description] = cells.childNodes.filter((c): c is T.Element => "tagName" in c);
          expect(textOf(example!)).toBe(asHtmlParses(p.example));
          expect(textOf(description!)).toBe(asHtmlParses(p.description));
        }
        expectProse(find(page, byClass("callout-warn"), "notes"), f.entryNotes, "Note. ");

        // The catalog table as prerendered: the static table is the HTML every visitor gets before (or without) JavaScript.
        const { StaticTable } = await import("@/components/catalog-table/static-table.client");
        const { toTableRow } = await import("@/lib/table/rows");
        const { entriesOf } = await import("./model");
        const rows = entriesOf(loaded!).map((e) => toTableRow(e));
        const table = await html(StaticTable, {
          rows,
          title: f.service,
          catalogNames: { prop: f.service },
          showCatalog: false,
          anchors: true,
          origin: "",
          query: "",
          onQuery: () => {},
        });
        const row = find(table, (el) => el.tagName === "tr" && attr(el, "id") === "X_1", "row");
        expect(textOf(find(row, byClass("row-title"), "row title"))).toBe(asHtmlParses(f.title));
        expect(shownTextOf(find(row, byClass("row-message"), "row message"))).toBe(asHtmlParses(shownMessage(f.message, placeholders)));
        expect(textOf(find(table, (el) => el.tagName === "caption", "caption"))).toBe(
          `${asHtmlParses(f.service)}: 1 error codes, grouped by domain`,
        );
        // The chevron is aria-hidden: screen readers hear the name and the count.
        expect(textOf(find(table, (el) => attr(el, "scope") === "rowgroup", "domain"))).toBe(`▾${asHtmlParses(f.domain)} (1)`);

        const { CatalogIntro } = await import("@/components/catalog-intro");
        const intro = await html(CatalogIntro, { catalog: loaded });
        expect(textOf(find(intro, (el) => el.tagName === "h1", "name"))).toBe(asHtmlParses(f.service));
        expectProse(find(intro, byClass("lede"), "description"), f.description);
        const { CatalogEnvelope } = await import("@/components/catalog-envelope");
        const envelope = await html(CatalogEnvelope, { catalog: loaded });
        expectProse(find(envelope, byClass("callout-note"), "notes"), f.notes, "Notes. ");
        expectProse(
          find(envelope, (el) => el.tagName === "p" && byClass("muted")(el), "envelope notes"),
          f.envelopeNotes,
        );
      }),
      { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 60) },
    );
  }, 120_000);
});
