import { describe, expect, it } from "vitest";
import { hiddenMatch } from "./hidden-match";
import { MORE_SEPARATOR, type TableRow } from "./rows";

const row: TableRow = {
  id: "auth_login_db_error",
  code: "auth_login_db_error",
  catalog: "auth-observability",
  domain: "Login",
  status: "5xx",
  statusClass: "5xx",
  retry: "with-backoff",
  message: "Login failed",
  url: "/x",
  more: ["POST /auth/login", "Treat as 5xx; investigate DB health before retrying."].join(MORE_SEPARATOR),
};

describe("hiddenMatch", () => {
  it("shows the unshown field that holds a term the shown fields lack", () => {
    expect(hiddenMatch(row, "investigate DB")).toBe("Treat as 5xx; investigate DB health before retrying.");
    expect(hiddenMatch(row, "login post")).toBe("POST /auth/login");
  });

  it("shows nothing when the shown fields hold every term, or nothing matched", () => {
    expect(hiddenMatch(row, "login failed")).toBeUndefined();
    expect(hiddenMatch(row, "")).toBeUndefined();
    expect(hiddenMatch({ ...row, more: "" }, "investigate")).toBeUndefined();
  });

  it("counts the catalog name as shown where the table shows it", () => {
    const named = { ...row, more: "Observability runbook" };
    expect(hiddenMatch(named, "observability")).toBe("Observability runbook");
    expect(hiddenMatch(named, "observability", "Auth Observability")).toBeUndefined();
  });

  it("clips a long field around the match, at spaces", () => {
    const long = { ...row, more: `${"lorem ipsum ".repeat(30)}the replica lag alarm ${"dolor sit ".repeat(30)}` };
    const text = hiddenMatch(long, "replica", "", 60)!;
    expect(text).toMatch(/^….*replica lag alarm.*…$/);
    expect(text.length).toBeLessThanOrEqual(62);
    expect(text.slice(1, -1)).toMatch(/^\S.*\S$/);
  });
});
