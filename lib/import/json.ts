import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";
import type { SourceTable } from "./types";

/**
 * A JSON export as a table: an array of objects, or an object holding one such array (`{"errors": [...]}`). Nested
 * objects become dotted columns (`error.code`); arrays and objects below them stay JSON text. Each row keeps the line
 * its object starts on, and numbers keep their spelling (`"0123"` and `0123` alike), so the YAML parser reads it:
 * JSON is YAML 1.2, and it knows where every node is. Throws with a line on malformed input.
 */
export function readJsonRecords(source: string): SourceTable {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, version: "1.2", schema: "json", uniqueKeys: false });
  const error = doc.errors[0];
  if (error) throw new Error(`line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split("\n")[0]}`);
  const lineOf = (node: Node | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const list = recordList(doc.contents as Node | null);
  const columns = new Map<string, number>();
  const rows = list.items.map((item) => {
    if (!isMap(item)) throw new Error(`line ${lineOf(item as Node)}: each record must be an object`);
    const cells: Record<string, string> = {};
    flatten(item, "", source, cells, (name, node) => {
      if (!columns.has(name)) columns.set(name, lineOf(node));
    });
    return { line: lineOf(item), cells };
  });
  return { columns: [...columns].map(([name, line]) => ({ name, line })), rows };
}

function recordList(root: Node | null) {
  if (isSeq(root)) return root;
  if (isMap(root)) {
    const arrays = root.items.filter((pair) => isSeq(pair.value) && pair.value.items.some((i) => isMap(i)));
    if (arrays.length === 1 && isSeq(arrays[0]!.value)) return arrays[0]!.value;
    const names = arrays.map((pair) => JSON.stringify(isScalar(pair.key) ? pair.key.value : "?")).join(", ");
    throw new Error(
      arrays.length === 0
        ? "line 1: the object holds no array of records"
        : `line 1: the object holds several arrays of records (${names}); keep one`,
    );
  }
  throw new Error("line 1: expected an array of records, or an object holding one");
}

function flatten(
  map: YAMLMap,
  prefix: string,
  source: string,
  cells: Record<string, string>,
  seen: (name: string, node: Node) => void,
): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const name = prefix + key;
    const value = pair.value as Node | null;
    if (isMap(value)) {
      flatten(value, `${name}.`, source, cells, seen);
      continue;
    }
    seen(name, (pair.key as Node) ?? value);
    if (value === null || (isScalar(value) && value.value === null)) cells[name] = "";
    else if (isScalar(value) && typeof value.value === "string") cells[name] = value.value;
    // Numbers and booleans as written in the file; arrays as their JSON text.
    else if (value.range) cells[name] = source.slice(value.range[0], value.range[1]);
  }
}
