// Reads: the production build (ERRATA_DIST_DIR or .next) and next.config.mjs. Writes: nothing.
// Serves the build like `next start`, with the front door (scripts/front-door.mjs) in front of Next's handler, and a
// shared response cache (scripts/response-cache.mjs; ERRATA_RESPONSE_CACHE=0 turns it off) in front of both.
// Flags: -p/--port (or PORT, default 3000), -H/--hostname (or HOSTNAME, default all interfaces).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { FRONT_DOOR_HEADERS, frontDoor } from "./front-door.mjs";
import { bypasses, cacheOptions, isStorable, ResponseCache } from "./response-cache.mjs";

const USAGE = "usage: npm start -- [-p PORT] [-H HOSTNAME]";

function options() {
  try {
    const { values } = parseArgs({
      options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
    });
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port: "${values.port ?? process.env.PORT}" is not a port number`);
    return { port, hostname: values.hostname ?? process.env.HOSTNAME };
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
}

const { port, hostname } = options();
const cacheOpts = (() => {
  try {
    return cacheOptions(process.env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
})();
const cache = cacheOpts && new ResponseCache(cacheOpts);
const MARKERS = Object.values(FRONT_DOOR_HEADERS);
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Answers from the cache; false on a miss. */
function serveCached(req, res) {
  const hit = cache.lookup(req.method, req.url, req.headers);
  if (hit === undefined) return false;
  res.statusCode = hit.status;
  res.statusMessage = hit.statusMessage;
  for (const [name, value] of hit.headers) res.setHeader(name, value);
  if (hit.body === null) res.end();
  else if (hit.chunked) {
    // Next sent it without a Content-Length; so does the cache (end(body) alone would add one).
    res.write(hit.body);
    res.end();
  } else res.end(hit.body);
  return true;
}

/** Copies what Next writes for a GET, and offers it to the cache once the response has gone out whole. */
function capture(req, res) {
  const target = req.url;
  // Next may rewrite the request's headers on its way; the key is made of what the client sent.
  const requestHeaders = { ...req.headers };
  let chunks = [];
  let size = 0;
  let checked = false;
  const headersOf = () => res.getRawHeaderNames().map((name) => [name, res.getHeader(name)]);
  const keep = (chunk, encoding) => {
    if (chunks === null || chunk === undefined || chunk === null || typeof chunk === "function") return;
    // By the first byte of the body the status and headers are settled: most answers are not for storing.
    if (!checked) {
      checked = true;
      if (!isStorable("GET", res.statusCode, headersOf())) {
        chunks = null;
        return;
      }
    }
    const buf = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
    size += buf.length;
    if (size > cacheOpts.maxBody) chunks = null;
    else chunks.push(buf);
  };
  const { write, end, writeHead } = res;
  res.write = function (chunk, encoding, cb) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, cb);
  };
  res.end = function (chunk, encoding, cb) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, cb);
  };
  // Headers handed to writeHead go through setHeader, so getHeader sees them; raw arrays are not worth storing.
  res.writeHead = function (status, ...rest) {
    const last = rest.at(-1);
    if (Array.isArray(last)) chunks = null;
    else if (last !== null && typeof last === "object") {
      rest.pop();
      for (const [name, value] of Object.entries(last)) if (value !== undefined) this.setHeader(name, value);
    }
    return writeHead.call(this, status, ...rest);
  };
  res.once("finish", () => {
    if (chunks === null) return;
    cache.store(target, requestHeaders, {
      status: res.statusCode,
      statusMessage: res.statusMessage,
      headers: headersOf(),
      body: Buffer.concat(chunks),
    });
  });
}

// As lib/security/forwarded.ts's trustsProxy, which the proxy reads.
const trustProxy = /^(?:1|true|yes)$/i.test(process.env.ERRATA_TRUST_PROXY ?? "");
const server = createServer((req, res) => {
  frontDoor(req, { trustProxy });
  if (cache !== null && !bypasses(req.method ?? "GET", req.headers, MARKERS)) {
    if (serveCached(req, res)) return;
    if (req.method === "GET") capture(req, res);
  }
  void handle(req, res);
});
// CONNECT never reaches a request handler; without this Node drops the connection unanswered.
server.on("connect", (_req, socket) => {
  socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
});
server.listen(port, hostname, () => {
  const shown = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost";
  console.log(`Errata is serving on http://${shown}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close(() => process.exit(0)));
