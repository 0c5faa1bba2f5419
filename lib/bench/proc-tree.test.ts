import { describe, expect, it } from "vitest";
import { childCpuSeconds, parseStat, treeRss } from "./proc-tree";
import { scriptSources } from "./scripts";

describe("parseStat", () => {
  it("reads pid and ppid even when the command name holds spaces and parentheses", () => {
    expect(parseStat("1234 (next-server (v16)) S 1200 1234 1234 0 -1")).toEqual({ pid: 1234, ppid: 1200 });
    expect(parseStat("garbage")).toBeNull();
  });
});

describe("treeRss", () => {
  it("sums a process and all its descendants, not its siblings", () => {
    const procs = [
      { pid: 1, ppid: 0, rssBytes: 1000 },
      { pid: 10, ppid: 1, rssBytes: 100 },
      { pid: 11, ppid: 10, rssBytes: 10 },
      { pid: 12, ppid: 10, rssBytes: 1 },
      { pid: 20, ppid: 1, rssBytes: 5000 },
    ];
    expect(treeRss(procs, 10)).toBe(111);
    expect(treeRss(procs, 99)).toBe(0);
  });
});

describe("scriptSources", () => {
  it("collects external script URLs once, resolved, ignoring inline and nomodule scripts", () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script>self.__next_f.push(1)</script>
      <script async src="https://cdn.example/b.js?x=1&amp;y=2"></script><script src="/_next/static/a.js"></script>
      <script src="/_next/static/polyfills.js" noModule=""></script>`;
    expect(scriptSources(html, "http://127.0.0.1:3000/catalogs/x")).toEqual([
      "http://127.0.0.1:3000/_next/static/a.js",
      "https://cdn.example/b.js?x=1&y=2",
    ]);
  });
});

describe("childCpuSeconds", () => {
  it("adds cutime and cstime of a stat line, in seconds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const line = "42 (node (x)) S 1 42 42 0 -1 4194560 100 200 0 0 55 7 12000 3450 20 0 11";
    expect(childCpuSeconds(line)).toBe(154.5);
    expect(childCpuSeconds("nope")).toBeNull();
  });
});
