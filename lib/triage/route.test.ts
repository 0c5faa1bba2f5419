import { describe, expect, it } from "vitest";
import { OPTIONS, POST } from "@/app/api/triage/route";
import { checkRequest } from "../security/request-guard";
import { MAX_TRIAGE_BYTES } from "./request";

const URL_ = "http://localhost/api/triage";
const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" }) =>
  POST(new Request(URL_, { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit));

/** A body sent as a stream with no Content-Length: `chunks` of `size` bytes each. */
function stream(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
}

describe("POST /api/triage", () => {
  it("answers 200 with exactly the public JSON, uncached", async () => {
    const res = await post(
      `one\nfailed ${JSON.stringify({ error: { code: "APP_002", message: "x" } })}\n${JSON.stringify({ code: "ZX_1", message: "m" })}\n`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      lines: 3,
      findings: [
        {
          catalog: "auth-service",
          code: "APP_002",
          status: 404,
          count: 1,
          firstLine: 2,
          lastLine: 2,
          url: "/catalogs/auth-service/app-002",
        },
      ],
      undocumented: [{ catalogs: ["accounts"], code: "ZX_1", count: 1, firstLine: 3 }],
    });
  });

  it("accepts text/plain without a charset, and another charset TextDecoder knows", async () => {
    expect((await post("APP_002", { "content-type": "text/plain" })).status).toBe(200);
    const latin1 = await post(new Uint8Array([0x41, 0x50, 0x50, 0x5f, 0x30, 0x30, 0x32, 0x20, 0xe9]), {
      "content-type": "text/plain; charset=iso-8859-1",
    });
    expect((await latin1.json()).findings[0].code).toBe("APP_002");
  });

  it("refuses another or a missing content type with 415 naming content-type", async () => {
    // Bytes, as a string body would get text/plain from Request itself.
    const body = new TextEncoder().encode('{"a":1}');
    const cases: Record<string, string>[] = [{ "content-type": "application/json" }, {}, { "content-type": "text/plain; charset=klingon" }];
    for (const headers of cases) {
      const res = await post(body, headers);
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ status: 415, parameter: "content-type", error: expect.any(String) });
    }
  });

  it("refuses more than 5 MB with 413 naming body, also when streamed without a length", async () => {
    const big = await post("a".repeat(MAX_TRIAGE_BYTES + 1));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ status: 413, parameter: "body" });
    const streamed = await post(stream(6, 1024 * 1024));
    expect(streamed.status).toBe(413);
    expect((await post("a".repeat(MAX_TRIAGE_BYTES))).status).toBe(200);
  });

  it("answers OPTIONS with 204 and Allow, and the guard lets only POST and OPTIONS through", () => {
    const res = OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
    expect(checkRequest("POST", "/api/triage")).toBeUndefined();
    expect(checkRequest("OPTIONS", "/api/triage")).toBeUndefined();
    expect(checkRequest("GET", "/api/triage")).toMatchObject({ status: 405, allow: "POST, OPTIONS" });
    expect(checkRequest("POST", "/api/triage/x")).toMatchObject({ status: 404 });
  });
});
