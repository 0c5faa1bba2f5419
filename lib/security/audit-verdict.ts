/** What `npm audit --json` printed, reduced to a verdict. */
export type AuditVerdict =
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "vulnerable"; counts: Record<string, number>; findings: string[] }
  | { kind: "unavailable"; reason: string };

const BLOCKING = new Set(["high", "critical"]);

interface AuditJson {
  statusCode?: number;
  message?: string;
  error?: { summary?: string } | string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; range?: string; fixAvailable?: unknown; via?: unknown[] }>;
}

/** Reads npm audit's JSON: a registry that refuses the audit endpoint is "unavailable", not clean. */
export function auditVerdict(stdout: string): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: "unavailable", reason: `npm audit printed no JSON: ${stdout.slice(0, 200) || "(nothing)"}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) {
    const reason = json.message ?? (typeof json.error === "string" ? json.error : json.error?.summary) ?? "no audit report";
    return { kind: "unavailable", reason: json.statusCode ? `${reason} (HTTP ${json.statusCode})` : reason };
  }
  const findings = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.has(v.severity))
    .map(([name, v]) => `${name}: ${v.severity}${v.range ? ` (${v.range})` : ""}${v.fixAvailable ? ", fix available" : ""}`);
  const blocking = (counts.high ?? 0) + (counts.critical ?? 0);
  return blocking ? { kind: "vulnerable", counts, findings } : { kind: "clean", counts };
}
