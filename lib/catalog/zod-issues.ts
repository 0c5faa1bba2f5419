import { isMap, isScalar, type Document, type Node } from "yaml";
import type { z } from "zod";
import type { CatalogIssue } from "./issues";
import { formatPath } from "./issues";

// Where a zod issue is in the YAML document, and its message in words a catalog author reads.

export function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (node && typeof node === "object" && "range" in node) return node as Node;
  }
  return undefined;
}

/** Positions of keys, so "unknown field" points at the key rather than the object. */
function keyNodeAt(doc: Document, path: readonly PropertyKey[], key: string): Node | undefined {
  const parent = doc.getIn(path as unknown[], true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair?.key as Node | undefined;
}

export function zodIssue(issue: z.core.$ZodIssue, doc: Document, file: string, lineAt: (o?: number) => number): CatalogIssue {
  const path = issue.path as PropertyKey[];
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const node = keyNodeAt(doc, path, key) ?? nodeAt(doc, path);
    const names = issue.keys.map((k) => `"${k}"`).join(", ");
    return {
      file,
      line: lineAt(node?.range?.[0]),
      field: formatPath([...path, key]),
      message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${names}`,
    };
  }
  return { file, line: lineAt(nodeAt(doc, path)?.range?.[0]), field: formatPath(path), message: friendlyMessage(issue) };
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}, not ${describe(issue.input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? issue.message : issue.message;
    case "invalid_key":
      // A record key (a var's name) that fails its own pattern: say why, as for any other field.
      return issue.issues[0]?.message ?? issue.message;
    case "custom":
    case "invalid_union":
    case "invalid_format":
      return withInput(issue.message, issue.input);
    default:
      return issue.message;
  }
}

/** "must be …, not 302": says what was found when it is a short scalar. */
function withInput(message: string, input: unknown): string {
  if (input === undefined || (typeof input === "object" && input !== null)) return message;
  const shown = describe(input);
  return shown.length > 60 ? message : `${message}, not ${shown}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}
