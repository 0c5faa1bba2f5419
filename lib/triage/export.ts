import { retryLabel } from "../catalog/operations";
import { markdownText } from "../markdown-text";
import type { TriageResult } from "./types";

/** Options for the exports: where page links point, and catalogs' display names by slug. */
export interface ExportOptions {
  /** Prefixed to page paths (e.g. https://errata.example); paths stay relative without it. */
  origin?: string;
  catalogNames?: Record<string, string>;
}

/** A code as a Markdown code span: codes are letters, digits and `_ : . -`, so nothing in one needs escaping. */
const codeSpan = (code: string) => `\`${code}\``;

const statusText = (s: unknown) => (s === null || s === undefined ? "none" : String(s));

/** A Markdown report: per catalog, a table of its codes; then the undocumented ones. */
export function toMarkdown(result: TriageResult, options: ExportOptions = {}): string {
  const origin = options.origin ?? "";
  const out: string[] = [`# Triage of ${result.lines} lines`, ""];
  const catalogs = [...new Set(result.findings.map((f) => f.catalog))];
  if (!catalogs.length) out.push("No documented error codes found.", "");
  for (const slug of catalogs) {
    const name = options.catalogNames?.[slug];
    out.push(`## ${name ? `${markdownText(name)} (${codeSpan(slug)})` : codeSpan(slug)}`, "");
    out.push("| Code | Status | Count | Lines | Message | Retry | Page |", "| --- | --- | ---: | --- | --- | --- | --- |");
    for (const f of result.findings.filter((x) => x.catalog === slug)) {
      const text = f.title ? `${f.title}: ${f.message}` : f.message;
      const lines = f.firstLine === f.lastLine ? `${f.firstLine}` : `${f.firstLine}–${f.lastLine}`;
      out.push(
        `| ${codeSpan(f.code)} | ${statusText(f.status)} | ${f.count} | ${lines} | ${markdownText(text)} | ${retryLabel(f.retry)} | <${origin}${f.url}> |`,
      );
    }
    out.push("");
  }
  if (result.undocumented.length) {
    out.push("## Undocumented codes", "", "| Code | Envelope | Catalogs using it | Count | Lines |", "| --- | --- | --- | ---: | --- |");
    for (const u of result.undocumented) {
      const lines = u.firstLine === u.lastLine ? `${u.firstLine}` : `${u.firstLine}–${u.lastLine}`;
      const catalogs = u.catalogs.map((c) => markdownText(options.catalogNames?.[c] ?? c)).join(", ");
      out.push(`| ${codeSpan(u.code)} | ${markdownText(u.envelope)} | ${catalogs} | ${u.count} | ${lines} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text a spreadsheet
 * would run as a formula (starting with `= + - @`, tab or CR) is prefixed with `'`.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV of every finding and undocumented code, one per row, CRLF line ends. */
export function toCsv(result: TriageResult, options: ExportOptions = {}): string {
  const origin = options.origin ?? "";
  const rows: (string | number | null | undefined)[][] = [
    ["kind", "catalog", "code", "status", "count", "first_line", "last_line", "title", "message", "retry", "url"],
  ];
  for (const f of result.findings) {
    rows.push([
      "documented",
      f.catalog,
      f.code,
      f.status,
      f.count,
      f.firstLine,
      f.lastLine,
      f.title,
      f.message,
      retryLabel(f.retry),
      `${origin}${f.url}`,
    ]);
  }
  for (const u of result.undocumented) {
    rows.push(["undocumented", u.catalogs.join(" "), u.code, null, u.count, u.firstLine, u.lastLine, null, null, null, null]);
  }
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The whole result as indented JSON. */
export function toJson(result: TriageResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
