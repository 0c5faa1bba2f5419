import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Entry } from "../catalog/model";

export interface ErrorCodeRef {
  line: number;
  code: string;
  catalog?: string;
  /** The tag as written, for messages. */
  source: string;
}

export interface GuideIssue {
  file: string;
  line: number;
  message: string;
}

/** Finds an entry by its exact code (and catalog, when given); a code in several catalogs needs the catalog. */
export function resolveErrorCode(
  entries: readonly Entry[],
  code: string,
  catalog?: string,
): { entry: Entry; problem?: undefined } | { entry?: undefined; problem: string } {
  if (catalog && !entries.some((e) => e.catalog === catalog)) return { problem: `no such catalog "${catalog}"` };
  const matches = entries.filter((e) => e.code === code && (!catalog || e.catalog === catalog));
  if (matches.length === 1) return { entry: matches[0]! };
  if (matches.length > 1) return { problem: `in several catalogs (${matches.map((e) => e.catalog).join(", ")}); add catalog="…"` };
  return { problem: catalog ? `no such code in ${catalog}` : "no such code" };
}

const TAG = /<ErrorCode\b([^>]*?)\/?>/g;
const ATTR = /(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\})/g;

/** <ErrorCode …/> tags of an MDX text with their lines, skipping fenced code blocks and inline code (examples of the syntax). */
export function scanErrorCodeRefs(text: string): ErrorCodeRef[] {
  const refs: ErrorCodeRef[] = [];
  let fence: string | undefined;
  text.split("\n").forEach((raw, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker) {
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    const line = raw.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
    for (const tag of line.matchAll(TAG)) {
      const attrs = Object.fromEntries([...(tag[1] ?? "").matchAll(ATTR)].map((a) => [a[1], a[2] ?? a[3] ?? a[4] ?? ""]));
      refs.push({ line: i + 1, code: attrs.code ?? "", catalog: attrs.catalog, source: tag[0] });
    }
  });
  return refs;
}

/** Every broken <ErrorCode> reference in a guide text, as `file:line` issues. */
export function checkGuideText(text: string, file: string, entries: readonly Entry[]): GuideIssue[] {
  return scanErrorCodeRefs(text).flatMap((ref) => {
    if (!ref.code) return [{ file, line: ref.line, message: `${ref.source}: missing code="…"` }];
    const result = resolveErrorCode(entries, ref.code, ref.catalog);
    const label = `ErrorCode code="${ref.code}"${ref.catalog ? ` catalog="${ref.catalog}"` : ""}`;
    return result.problem ? [{ file, line: ref.line, message: `${label}: ${result.problem}` }] : [];
  });
}

/** Checks every .mdx guide in a directory; paths in issues are relative to the working directory. */
export function checkGuideDir(dir: string, entries: readonly Entry[]): GuideIssue[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => {
    const full = path.join(dir, f);
    return checkGuideText(readFileSync(full, "utf8"), path.relative(process.cwd(), full) || full, entries);
  });
}

export function formatGuideIssue({ file, line, message }: GuideIssue): string {
  return `${file}:${line}: ${message}`;
}
