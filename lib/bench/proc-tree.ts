/** One process as read from /proc/<pid>/stat and /proc/<pid>/statm. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/**
 * Parses the pid and parent pid out of a /proc/<pid>/stat line. The command name (field 2) is in
 * parentheses and may itself hold spaces or parentheses, so fields are read after the last ")".
 */
export function parseStat(line: string): { pid: number; ppid: number } | null {
  const close = line.lastIndexOf(")");
  if (close < 0) return null;
  const pid = Number.parseInt(line, 10);
  const rest = line.slice(close + 2).split(" ");
  const ppid = Number(rest[1]);
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : null;
}

/** Sum of the resident memory of a process and all its descendants. */
export function treeRss(processes: readonly ProcInfo[], root: number): number {
  const children = new Map<number, ProcInfo[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const seen = new Set<number>();
  const stack = processes.filter((p) => p.pid === root);
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    total += p.rssBytes;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/**
 * CPU seconds (user + system) of the waited-for children of a process, from its /proc/<pid>/stat line
 * (fields cutime and cstime, in clock ticks). Differences around a build give the build's CPU time,
 * which a busy machine inflates far less than wall time.
 */
export function childCpuSeconds(statLine: string, ticksPerSecond = 100): number | null {
  const close = statLine.lastIndexOf(")");
  if (close < 0) return null;
  const fields = statLine.slice(close + 2).split(" ");
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) / ticksPerSecond : null;
}
