import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { catalogSchema, type Catalog } from "./schema";
import type { CatalogIssue } from "./issues";
import { formatPath } from "./issues";
import { checkRules } from "./rules";
import { nodeAt, zodIssue } from "./zod-issues";

/** Larger files are refused before parsing: a catalog of 10k codes is about 2 MB. */
export const MAX_CATALOG_BYTES = 8 * 1024 * 1024;
/** Aliases are legal YAML but a catalog has no use for many; this stops "billion laughs" expansion. */
const MAX_ALIAS_COUNT = 50;
const YAML_11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

export interface ParseResult {
  catalog?: Catalog;
  issues: CatalogIssue[];
  /** Line of the node at a path such as ["errors", 3, "related", "add", 0], for checks made after parsing. */
  lineOf?: (path: readonly PropertyKey[]) => number;
}

/** Parses and validates one catalog file's text. `file` is only used to label issues. */
export function parseCatalog(source: string, file: string): ParseResult {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > MAX_CATALOG_BYTES) {
    return { issues: [{ file, line: 1, field: "", message: `file is ${bytes} bytes; the limit is ${MAX_CATALOG_BYTES}` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, version: "1.2", schema: "core", prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  const problems = [...doc.errors, ...doc.warnings];
  const syntax = problems
    .filter((e) => e.code !== "DUPLICATE_KEY")
    .map((e) => ({ file, line: lineAt(e.pos[0]), field: "", message: yamlMessage(e.code, e.message) }));
  if (problems.some((e) => e.code === "DUPLICATE_KEY")) syntax.push(...duplicateKeys(doc, file, lineAt));
  if (syntax.length) return { issues: syntax.sort((a, b) => a.line - b.line) };

  const structural = checkYamlNodes(doc, file, lineAt);
  if (structural.length) return { issues: structural };
  codesAsWritten(doc, source);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const alias = firstAlias(doc);
    const message = /alias/i.test((e as Error).message)
      ? `aliases expand to more than ${MAX_ALIAS_COUNT} copies; refusing a possible alias bomb ("billion laughs")`
      : `YAML could not be expanded: ${(e as Error).message}`;
    return { issues: [{ file, line: lineAt(alias?.offset), field: alias?.field ?? "", message }] };
  }

  const parsed = catalogSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((issue) => zodIssue(issue, doc, file, lineAt)) };
  }
  const ruleIssues = checkRules(parsed.data).map(({ path, message, lineInText }) => ({
    file,
    line: lineOfText(nodeAt(doc, path), lineAt, lineInText),
    field: formatPath(path),
    message,
  }));
  if (ruleIssues.length) return { issues: ruleIssues };
  return { catalog: parsed.data, issues: [], lineOf: (path) => lineAt(nodeAt(doc, path)?.range?.[0]) };
}

/**
 * The line of a field, or of a line within its text: a literal block (`|`) starts on the line after its indicator,
 * so its text's line n is n lines below the field. Other scalars are reported at the field.
 */
function lineOfText(node: Node | undefined, lineAt: (o?: number) => number, lineInText: number | undefined): number {
  const line = lineAt(node?.range?.[0]);
  return lineInText !== undefined && isScalar(node) && node.type === "BLOCK_LITERAL" ? line + lineInText : line;
}

/** Fields that hold codes: a code is text even when YAML would read it as a number (23505, 0123, 1e3); so are vars. */
const CODE_KEYS = new Set(["code", "renamed_from", "see"]);

/**
 * Numeric codes exactly as the file writes them. Unquoted `23505` is an integer to YAML, and `0123` or `1e3` would
 * lose their spelling as numbers, so a plain numeric scalar under a code field becomes its source text.
 */
function codesAsWritten(doc: Document, source: string): void {
  visit(doc, {
    Scalar(_, node, path) {
      if (node.type !== "PLAIN" || typeof node.value !== "number" || !node.range) return;
      const pair = [...path].reverse().find(isPair);
      const key = pair && isScalar(pair.key) ? pair.key.value : undefined;
      // A var's value is text too (decline_code: 0123), wherever the vars map sits.
      const inVars = path.some((n, i) => isPair(n) && isScalar(n.key) && n.key.value === "vars" && i < path.length - 1);
      if ((typeof key === "string" && CODE_KEYS.has(key)) || inVars) node.value = source.slice(node.range[0], node.range[1]);
    },
  });
}

/** Every repeated key, at the repeat, naming the key and where it first appeared. */
function duplicateKeys(doc: Document, file: string, lineAt: (o?: number) => number): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  visit(doc, {
    Map(_, map, path) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const line = lineAt(pair.key.range?.[0]);
        const first = seen.get(pair.key.value);
        if (first === undefined) seen.set(pair.key.value, line);
        else {
          const field = fieldOf([...path, map], pair);
          issues.push({ file, line, field, message: `duplicate key "${String(pair.key.value)}" (first at line ${first})` });
        }
      }
    },
  });
  return issues;
}

/** Where the first alias (*name) is, to point an alias-bomb refusal at it. */
function firstAlias(doc: Document): { offset?: number; field: string } | undefined {
  let found: { offset?: number; field: string } | undefined;
  visit(doc, {
    Alias(_, node, path) {
      const pair = [...path].reverse().find(isPair);
      const at = pair ? path.lastIndexOf(pair) : -1;
      found = { offset: node.range?.[0], field: pair ? fieldOf(path.slice(0, at), pair) : "" };
      return visit.BREAK;
    },
  });
  return found;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0] ?? message;
  if (code === "DUPLICATE_KEY") return `duplicate key: ${first.replace(/ at line.*$/, "")}`;
  return `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
}

/** Checks YAML nodes for what parses but is a trap: YAML 1.1 booleans, __proto__ keys, anchors in bulk. */
function checkYamlNodes(doc: Document, file: string, lineAt: (o?: number) => number): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  visit(doc, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === "__proto__" || key === "constructor" || key === "prototype") {
        issues.push({
          file,
          line: lineAt((pair.key as Node).range?.[0]),
          field: fieldOf(path, pair),
          message: `forbidden key "${String(key)}"`,
        });
      }
    },
    Scalar(_, node, path) {
      if (node.type === "PLAIN" && typeof node.value === "string" && YAML_11_BOOLEANS.test(node.value)) {
        const parent = path[path.length - 1];
        const field = isPair(parent) ? fieldOf(path.slice(0, -1), parent) : "";
        issues.push({
          file,
          line: lineAt(node.range?.[0]),
          field,
          message: `"${node.value}" is a boolean in YAML 1.1 and a string in YAML 1.2; quote it ("${node.value}") or write true/false`,
        });
      }
    },
  });
  return issues;
}

/** Field path of a pair from the visitor's ancestry (documents, maps, seqs and pairs). */
function fieldOf(path: readonly unknown[], pair: unknown): string {
  const parts: PropertyKey[] = [];
  const chain = [...path, pair];
  for (let i = 0; i < chain.length; i++) {
    const node = chain[i];
    if (isPair(node) && isScalar(node.key)) parts.push(String(node.key.value));
    const next = chain[i + 1];
    if (node && typeof node === "object" && "items" in node && !isMap(node) && next) {
      const index = (node as { items: unknown[] }).items.indexOf(next);
      if (index >= 0) parts.push(index);
    }
  }
  return formatPath(parts);
}
