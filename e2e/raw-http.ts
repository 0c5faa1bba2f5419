import net from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP/1.1 request written by hand, for what clients such as Playwright's never send: TRACE, `OPTIONS *`, an
 * absolute-form target, backslashes in the path.
 */
export async function rawRequest(baseURL: string, requestLine: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (data += chunk));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
  const split = text.indexOf("\r\n\r\n");
  const [statusLine, ...lines] = text.slice(0, split < 0 ? undefined : split).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const raw = split < 0 ? "" : text.slice(split + 4);
  return {
    status: Number(statusLine?.split(" ")[1]),
    headers,
    body: /chunked/i.test(headers["transfer-encoding"] ?? "") ? unchunk(raw) : raw,
  };
}

/** A chunked body's data (sizes count bytes; the bodies checked here are ASCII). */
function unchunk(raw: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const eol = raw.indexOf("\r\n", at);
    const size = parseInt(raw.slice(at, eol), 16);
    if (!(size > 0)) return out;
    out += raw.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}
