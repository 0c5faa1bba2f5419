/**
 * Reading `POST /api/triage`'s body: `text/plain` (any charset TextDecoder knows, UTF-8 when none is given), at most
 * MAX_TRIAGE_BYTES. The stream is read and stopped as soon as it passes the limit, whatever Content-Length says.
 */
export const MAX_TRIAGE_BYTES = 5 * 1024 * 1024;

export interface TriageRefusal {
  status: 413 | 415;
  error: string;
  parameter: "body" | "content-type";
}

/** The text of the request, or why it is refused. */
export async function readTriageBody(request: Request): Promise<{ ok: true; text: string } | { ok: false; refusal: TriageRefusal }> {
  const type = request.headers.get("content-type");
  const media = type?.split(";")[0]!.trim().toLowerCase();
  if (media !== "text/plain") {
    return {
      ok: false,
      refusal: {
        status: 415,
        error: type
          ? `Content-Type ${media} is not accepted; send the log as text/plain`
          : "send the log as text/plain (Content-Type is missing)",
        parameter: "content-type",
      },
    };
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type ?? "")?.[1] ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return { ok: false, refusal: { status: 415, error: `charset "${charset}" is not supported; use utf-8`, parameter: "content-type" } };
  }
  const tooLarge: TriageRefusal = {
    status: 413,
    error: `the log is larger than ${MAX_TRIAGE_BYTES} bytes (5 MB); send a part of it, or use npm run triage for whole files`,
    parameter: "body",
  };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_TRIAGE_BYTES) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, refusal: tooLarge };
  }
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_TRIAGE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, refusal: tooLarge };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join("") };
}
