import { getCatalogs } from "@/lib/catalog/repository";
import { apiResult } from "@/lib/triage/api";
import { triageText } from "@/lib/triage/engine";
import { triageIndexFromCatalogs } from "@/lib/triage/from-catalogs";
import type { TriageIndex } from "@/lib/triage/index-data";
import { readTriageBody } from "@/lib/triage/request";

export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;
const ALLOW = "POST, OPTIONS";

/** Built once per process from the catalogs. */
let index: TriageIndex | undefined;

function refuse(status: number, error: string, parameter: string): Response {
  return Response.json({ status, error, parameter }, { status, headers: HEADERS });
}

/**
 * `POST /api/triage` with a log as `text/plain` (up to 5 MB): every documented code in it with its count and first and
 * last line, and the codes in known envelopes that no catalog documents. 413 past 5 MB, 415 for another content type;
 * never a 5xx.
 */
export async function POST(request: Request) {
  try {
    const body = await readTriageBody(request);
    if (!body.ok) return refuse(body.refusal.status, body.refusal.error, body.refusal.parameter);
    index ??= triageIndexFromCatalogs(getCatalogs());
    return Response.json(apiResult(triageText(index, body.text)), { headers: HEADERS });
  } catch {
    // A body that breaks the stream (a client aborting) or trips the engine is still the client's to resend.
    return refuse(400, "this log could not be read; send it again as text/plain", "body");
  }
}

/** What the endpoint takes. */
export function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: ALLOW, ...HEADERS } });
}
