// Reads: a production build or a static export. Writes: nothing. Serves it as `npm start` (scripts/serve.mjs), `next start` or
// `npm run serve:static` does, on 127.0.0.1.
import { spawn } from "node:child_process";
import path from "node:path";

export interface Server {
  baseURL: string;
  /** The server's process, when this run started it (not for --url). */
  pid?: number;
  /** Ends the server's process group and resolves once it has exited, so the port can be reused. */
  stop: () => Promise<void>;
}

/** A server someone else runs (`--url`): nothing to start or stop. */
export function existingServer(url: string): Server {
  return { baseURL: url.replace(/\/+$/, ""), stop: async () => {} };
}

/** Serves the build in `distDir` (relative to `cwd`, by default this checkout) on 127.0.0.1:`port`, as `npm start` does. */
export function serveBuild(distDir: string, catalogDir: string | undefined, port: number, cwd = process.cwd()): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, ERRATA_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  if (catalogDir) env.ERRATA_CATALOG_DIR = catalogDir;
  return spawnServer(["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], { cwd, env, port, what: distDir });
}

/** Serves a static export in `dir` with `npm run serve:static` (scripts/serve-static.ts) on 127.0.0.1:`port`. */
export function serveStaticDir(dir: string, port: number): Promise<Server> {
  const tsx = path.resolve("node_modules", "tsx", "dist", "cli.mjs");
  return spawnServer([tsx, "scripts/serve-static.ts", "--dir", dir, "--port", String(port)], { port, what: dir });
}

/** Runs `node ...args` in its own process group and resolves once it answers GET / on 127.0.0.1:`port`. */
export async function spawnServer(
  args: string[],
  {
    cwd = process.cwd(),
    env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    port,
    what,
  }: { cwd?: string; env?: NodeJS.ProcessEnv; port: number; what: string },
): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: "ignore", detached: true });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${baseURL}/`)).ok) return { baseURL, stop, pid: child.pid! };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`bench: the server for ${what} on port ${port} did not answer (is the port taken?)`);
}
