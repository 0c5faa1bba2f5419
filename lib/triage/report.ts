import { retryLabel } from "../catalog/operations";
import type { TriageResult } from "./types";

/** The CLI's readable report of one result: per catalog, each code with its status, count, lines, text, advice and page. */
export function textReport(result: TriageResult, options: { file?: string; origin?: string; names?: Record<string, string> } = {}): string {
  const out: string[] = [];
  const head = options.file ? `${options.file}: ` : "";
  const total = result.findings.reduce((n, f) => n + f.count, 0);
  out.push(
    `${head}${result.lines} lines, ${total} occurrences of ${result.findings.length} documented codes` +
      (result.undocumented.length ? `, ${result.undocumented.length} undocumented` : ""),
  );
  const catalogs = [...new Set(result.findings.map((f) => f.catalog))];
  for (const slug of catalogs) {
    const name = options.names?.[slug];
    out.push("", name ? `${name} (${slug})` : slug);
    for (const f of result.findings.filter((x) => x.catalog === slug)) {
      const lines = f.firstLine === f.lastLine ? `line ${f.firstLine}` : `lines ${f.firstLine}–${f.lastLine}`;
      out.push(`  ${f.code}  ${f.status ?? "no status"}  ×${f.count}  ${lines}  (${f.via.join(", ")})`);
      out.push(`    ${oneLine(f.title ? `${f.title}: ${f.message}` : f.message)}`);
      out.push(`    Retry: ${retryLabel(f.retry)}`);
      out.push(`    ${options.origin ?? ""}${f.url}`);
    }
  }
  if (result.undocumented.length) {
    out.push("", "Undocumented (a known envelope, a code no catalog has)");
    for (const u of result.undocumented) {
      const lines = u.firstLine === u.lastLine ? `line ${u.firstLine}` : `lines ${u.firstLine}–${u.lastLine}`;
      out.push(`  ${u.code}  ×${u.count}  ${lines}  in the ${u.envelope} envelope of ${u.catalogs.join(", ")}`);
    }
  }
  return out.join("\n");
}

/** Catalog text on one terminal line, control characters shown as spaces. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
