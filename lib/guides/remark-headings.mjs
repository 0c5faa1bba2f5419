// Used by next.config.mjs as a remark plugin of the guides' MDX. Reads: each guide's Markdown tree. Writes: an id on
// every h2 and h3 and an `export const toc` listing them, for the guide page's table of contents.
// Plain JavaScript: the MDX loader imports plugins with Node itself, outside the TypeScript build.

/** @typedef {{ depth: 2 | 3, text: string, id: string }} TocEntry */

/**
 * A heading's id: its text in lower case, runs of anything but letters and digits as one `-`; `section` when nothing
 * is left. The same text twice gets `-2`, `-3`….
 * @param {string} text
 * @param {Set<string>} taken
 */
export function headingId(text, taken) {
  const base =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "section";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** @param {any} node @returns {string} */
function textOf(node) {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  return Array.isArray(node.children) ? node.children.map(textOf).join("") : "";
}

/** @param {unknown} value @returns {any} An ESTree expression for a JSON value of strings, numbers and objects. */
function literal(value) {
  if (Array.isArray(value)) return { type: "ArrayExpression", elements: value.map(literal) };
  if (value && typeof value === "object") {
    return {
      type: "ObjectExpression",
      properties: Object.entries(value).map(([key, v]) => ({
        type: "Property",
        kind: "init",
        key: { type: "Identifier", name: key },
        value: literal(v),
        computed: false,
        method: false,
        shorthand: false,
      })),
    };
  }
  return { type: "Literal", value };
}

/**
 * The plugin. `only`: a directory; files outside it are left as they are (the generated catalog pages have their own
 * anchors, and a heading's id must never collide with a code's row id).
 * @param {{ only?: string }} [options]
 */
export default function remarkHeadings(options = {}) {
  /** @param {any} tree @param {{ path?: string }} file */
  return (tree, file) => {
    if (options.only && !(file.path ?? "").startsWith(options.only)) return;
    /** @type {TocEntry[]} */
    const toc = [];
    const taken = new Set();
    for (const node of tree.children) {
      if (node.type !== "heading" || (node.depth !== 2 && node.depth !== 3)) continue;
      const text = textOf(node).trim();
      const id = headingId(text, taken);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      toc.push({ depth: node.depth, text, id });
    }
    const declaration = {
      type: "ExportNamedDeclaration",
      specifiers: [],
      source: null,
      declaration: {
        type: "VariableDeclaration",
        kind: "const",
        declarations: [{ type: "VariableDeclarator", id: { type: "Identifier", name: "toc" }, init: literal(toc) }],
      },
    };
    tree.children.unshift({
      type: "mdxjsEsm",
      value: "",
      data: { estree: { type: "Program", sourceType: "module", body: [declaration] } },
    });
  };
}
