// `npm run serve:static [-- --port 3000 --dir out]`: serves the static export with the headers a CDN must set.
// Reads: out/. Writes: nothing. Try order per request: the file, {path}.html, {path}/index.html, else 404.html.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createGzip } from "node:zlib";
import path from "node:path";
import { parseArgs } from "node:util";
import { headersFor } from "@/lib/deploy/static-headers";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3000" },
    dir: { type: "string", default: "out" },
    host: { type: "string", default: "127.0.0.1" },
  },
});
const root = path.resolve(values.dir!);
if (!existsSync(path.join(root, "index.html")))
  throw new Error(`serve:static: ${root}/index.html not found; run \`npm run build:static\` first`);

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

function resolveFile(urlPath: string): string | null {
  const base = path.join(root, urlPath);
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, "index.html")]) if (isFile(candidate)) return candidate;
  return null;
}

createServer((req, res) => {
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  } catch {
    res.writeHead(400).end("Bad request");
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const file = resolveFile(urlPath);
  const served = file ?? path.join(root, "404.html");
  const headers = headersFor(urlPath, served);
  // Compress text as any CDN does; images and fonts are already compressed.
  const gzip =
    /gzip/.test(String(req.headers["accept-encoding"])) &&
    /^(text\/|application\/(javascript|json)|image\/svg)/.test(headers["Content-Type"]!);
  if (gzip) Object.assign(headers, { "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
  res.writeHead(file ? 200 : 404, headers);
  if (req.method === "HEAD") res.end();
  else if (gzip) createReadStream(served).pipe(createGzip()).pipe(res);
  else createReadStream(served).pipe(res);
}).listen(Number(values.port), values.host, () => console.log(`serve:static: ${root} on http://${values.host}:${values.port}`));
