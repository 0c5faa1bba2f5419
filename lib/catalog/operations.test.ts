import { describe, expect, it } from "vitest";
import { operationsOf, retryLabel } from "./operations";

describe("operationsOf", () => {
  it.each([
    [429, "with-backoff"],
    [500, "with-backoff"],
    [503, "with-backoff"],
    ["5xx", "with-backoff"],
    [401, "after-reauth"],
    [409, "after-fix"],
    [400, "after-fix"],
    [413, "after-fix"],
    [403, "no"],
    [404, "no"],
  ] as const)("status %s → retry %s", (status, retry) => {
    const ops = operationsOf({ status });
    expect(ops.retry).toBe(retry);
    expect(ops.documented).toBe(false);
  });

  it("points a 503 at Retry-After, as RFC 9110 §15.6.4 lets the server say how long to wait", () => {
    expect(operationsOf({ status: 503 }).guidance).toContain("Retry-After");
    expect(operationsOf({ status: 500 }).guidance).not.toContain("Retry-After");
  });

  it("tells a 401 not to be resent unchanged, since it also answers wrong passwords and pending MFA, not only expired tokens", () => {
    const { guidance } = operationsOf({ status: 401 });
    expect(guidance).toMatch(/not resend it unchanged/);
    expect(guidance).toMatch(/MFA/);
  });

  it("advises a 4xx that names a server fault as what it is, the way the consistency report reads it", () => {
    const ops = operationsOf({ code: "system:internal_error", status: 400, message: "Internal error" });
    expect(ops.retry).toBe("with-backoff");
    expect(ops.guidance).toMatch(/^Documented as 400, but it names a server fault/);
    expect(operationsOf({ code: "user:invalid", status: 400, message: "Invalid user" }).retry).toBe("after-fix");
    expect(operationsOf({ code: "auth_login_db_error", status: "5xx", message: "Login failed" }).guidance).toMatch(/^Server-side failure/);
  });

  it("prefers the catalog's documented action, keeping the status's retry advice", () => {
    const ops = operationsOf({ status: "5xx", action: "Treat as 5xx; investigate DB health before retrying." });
    expect(ops).toEqual({ retry: "with-backoff", guidance: "Treat as 5xx; investigate DB health before retrying.", documented: true });
  });

  it("labels every advice in words", () => {
    expect(retryLabel("no")).toBe("No");
    expect(retryLabel("with-backoff")).toBe("Yes, with exponential backoff");
  });
});
