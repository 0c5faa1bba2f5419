// Reads: the production build (ERRATA_DIST_DIR or .next) and next.config.mjs. Writes: nothing.
// Serves the build like `next start`, with the front door (scripts/front-door.mjs) in front of Next's handler.
// Flags: -p/--port (or PORT, default 3000), -H/--hostname (or HOSTNAME, default all interfaces).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { frontDoor } from "./front-door.mjs";

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
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const server = createServer((req, res) => void handle(frontDoor(req), res));
// CONNECT never reaches a request handler; without this Node drops the connection unanswered.
server.on("connect", (_req, socket) => {
  socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
});
server.listen(port, hostname, () => {
  const shown = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost";
  console.log(`Errata is serving on http://${shown}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close(() => process.exit(0)));
