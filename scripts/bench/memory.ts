// Reads: /proc (Linux only). Writes: nothing. Samples the resident memory of a process tree.
import { readdirSync, readFileSync } from "node:fs";
import { childCpuSeconds, parseStat, treeRss, type ProcInfo } from "@/lib/bench/proc-tree";

const PAGE_SIZE = 4096;

function snapshot(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      const rssPages = Number(readFileSync(`/proc/${name}/statm`, "utf8").split(" ")[1]);
      if (stat) out.push({ ...stat, rssBytes: rssPages * PAGE_SIZE });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** Starts sampling the tree under `pid` every `intervalMs`; stop() returns the peak in MB, or null off Linux. */
export function samplePeakRss(pid: number, intervalMs = 250): { stop: () => number | null } {
  let linux = true;
  try {
    readdirSync("/proc");
  } catch {
    linux = false;
  }
  let peak = 0;
  const tick = () => {
    if (linux) peak = Math.max(peak, treeRss(snapshot(), pid));
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    stop() {
      clearInterval(timer);
      return linux ? Math.round(peak / 2 ** 20) : null;
    },
  };
}

/** The resident memory of the tree under `pid` now, in MB; null off Linux. */
export function treeRssMb(pid: number): number | null {
  try {
    return Math.round(treeRss(snapshot(), pid) / 2 ** 20);
  } catch {
    return null;
  }
}

/** CPU seconds used so far by this process's finished, waited-for descendants; null off Linux. */
export function childrenCpuSeconds(): number | null {
  try {
    return childCpuSeconds(readFileSync("/proc/self/stat", "utf8"));
  } catch {
    return null;
  }
}
