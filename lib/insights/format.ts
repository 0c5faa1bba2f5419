import { SITE_ORIGIN } from "../site";
import type { Finding } from "./types";

/** A finding as plain text for the terminal: one warning line, its detail, then the codes with their URLs. */
export function formatFinding(f: Finding): string {
  const state = f.acknowledged ? `acknowledged by ${f.acknowledged.catalog}` : "warning";
  const lines = [`${state}: ${f.title} [${f.id}]`, `  ${f.detail}`];
  if (f.acknowledged) lines.push(`  reason: ${f.acknowledged.reason}`);
  for (const c of f.codes) lines.push(`  - ${c.catalog} ${c.code} (${c.status ?? "no HTTP status"}) ${SITE_ORIGIN}${c.url}`);
  return lines.join("\n");
}

export function summarize(findings: readonly Finding[]): string {
  const acknowledged = findings.filter((f) => f.acknowledged).length;
  return `${findings.length} finding${findings.length === 1 ? "" : "s"} (${findings.length - acknowledged} open, ${acknowledged} acknowledged); warnings only.`;
}
