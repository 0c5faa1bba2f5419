import { normalizeCode } from "../catalog/normalize";
import { readSlot } from "../formats/match";
import { readBodyValue } from "../search/identify";
import type { TriageIndex } from "./index-data";

/** A code as catalogs write them (lib/catalog/schema.ts CODE_PATTERN, kept here so the engine does not load zod). */
export const CODE_LIKE = /^(?=.*[A-Za-z0-9])[A-Za-z0-9_:.-]{1,64}$/;

/** What an error body in a log says, read through the same envelope shapes search uses to identify a pasted body. */
export type BodyReading =
  /** Records the code may be: one, or several when the envelope does not settle which catalog's it is. */
  { kind: "found"; ids: number[]; code: string } | { kind: "undocumented"; code: string; catalogs: number[]; envelope: string };

/** Whether any envelope finds a code where it puts one: a cheap test before the body is read in full. */
export function mayBeBody(index: TriageIndex, value: object): boolean {
  if (index.bodyKeys && !index.bodyKeys.some((k) => Object.hasOwn(value, k))) return false;
  return index.shapes.some((s) => readSlot(s.template, value, "code") !== undefined);
}

/**
 * Reads a parsed JSON object as an error body (lib/search/identify.ts readBodyValue, over the built-in formats and the
 * catalogs' own templates). In order:
 * 1. a reading whose envelope is a catalog's own (or its built-in format) and whose code that catalog has (compared
 *    folded, as search does): those catalogs only, so a code several catalogs share goes to the envelope's owner;
 * 2. a reading whose code, exactly as written, some catalog has, whatever the envelope;
 * 3. an exact fit of an envelope some catalog uses, with a code-like code no catalog has: undocumented.
 */
export function readEnvelope(index: TriageIndex, body: Record<string, unknown>): BodyReading | undefined {
  const readings = readBodyValue(body, index.shapes);
  if (!readings.length) return undefined;
  for (const r of readings) {
    const owners = index.catalogsOfFormat.get(r.format);
    if (!owners) continue;
    const ids = (index.byFolded.get(normalizeCode(r.code)) ?? []).filter((id) => owners.includes(index.records[id]!.catalog));
    if (ids.length) return { kind: "found", ids, code: r.code };
  }
  for (const r of readings) {
    const ids = index.byCode.get(r.code);
    if (ids) return { kind: "found", ids, code: r.code };
  }
  for (const r of readings) {
    const owners = index.catalogsOfFormat.get(r.format);
    if (r.exact && owners && CODE_LIKE.test(r.code)) {
      return { kind: "undocumented", code: r.code, catalogs: owners, envelope: r.formatLabel };
    }
  }
  return undefined;
}
