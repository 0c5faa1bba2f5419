// `npm run test:stress`: the whole suite (`npm test`) with a CPU hog beside it, proof that no test depends on speed.
// Reads: nothing itself. Writes: nothing; starts a busy loop on one core (bounded in time) and always stops it.
import { spawn } from "node:child_process";

/** The hog stops by itself after this long even if this script is killed before it can stop it. */
const HOG_LIMIT_MS = 30 * 60_000;

function main(): void {
  const started = Date.now();
  const hog = spawn(process.execPath, ["-e", `const end = Date.now() + ${HOG_LIMIT_MS}; while (Date.now() < end) {}`], { stdio: "ignore" });
  console.log(`test:stress: a busy loop on one core (pid ${hog.pid}, at most ${HOG_LIMIT_MS / 60_000} min) runs beside npm test`);
  const suite = spawn("npm", ["test"], { stdio: "inherit" });
  const stop = () => {
    hog.kill("SIGKILL");
    suite.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  suite.on("exit", (code, signal) => {
    hog.kill("SIGKILL");
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`test:stress: npm test ${code === 0 ? "passed" : `failed (${signal ?? code})`} in ${seconds} s beside the busy loop`);
    process.exitCode = code ?? 1;
  });
}

main();
