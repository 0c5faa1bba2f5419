import { describe, expect, it } from "vitest";
import { loadProblems, type LoadFigures } from "./load-verdict";

const ok: LoadFigures = {
  path: "/",
  expected: 200,
  requests: 100,
  rps: 10,
  p50: 1,
  p99: 5,
  errors: 0,
  timeouts: 0,
  statuses: { "200": 100 },
};

describe("loadProblems", () => {
  it("passes a clean run", () => expect(loadProblems([ok])).toEqual([]));
  it("fails on errors, timeouts, 5xx and 404s, saying which", () => {
    expect(loadProblems([{ ...ok, errors: 3, timeouts: 1, statuses: { "200": 90, "503": 7, "404": 3 } }])).toEqual([
      "/: 2 connection errors",
      "/: 1 timeouts (no answer within 10 s)",
      "/: 3 × 404 (is the route merged?)",
      "/: 7 × 503, expected 200",
    ]);
    expect(loadProblems([{ ...ok, requests: 0, statuses: {} }])).toEqual(["/: no requests completed"]);
  });
  it("accepts the status a target should answer with, and only that", () => {
    expect(loadProblems([{ ...ok, expected: 401, statuses: { "401": 100 } }])).toEqual([]);
    expect(loadProblems([{ ...ok, expected: 401, statuses: { "200": 100 } }])).toEqual(["/: 100 × 200, expected 401"]);
  });
});
