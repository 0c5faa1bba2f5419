import { describe, expect, it } from "vitest";
import { columnWidths } from "./widths";
import type { TableRow } from "./rows";

const row = (code: string, status: number | undefined, domain: string, catalog = "a"): TableRow => ({
  id: code,
  code,
  catalog,
  domain,
  ...(status !== undefined ? { status } : {}),
  statusClass: "4xx",
  retry: "no",
  message: "m",
  url: "",
  more: "",
});

describe("columnWidths", () => {
  it("sizes each column from its longest value in any row, however late that row comes", () => {
    const rows = [row("A_1", 401, "Auth"), row("worker:password_reset_email_send_failed", 503, "Worker/System")];
    const widths = columnWidths(rows, { a: "Accounts API" });
    // 39 monospace characters at 0.54em each, plus slack and the cell's padding.
    expect(widths.code).toBe("calc(21.36em + 20px)");
    // "503 Service Unavailable" is the longest status label: 23 characters.
    expect(widths.status).toBe("max(8.5rem, calc(13.34 * 0.8rem + 36px))");
    expect(columnWidths(rows.slice(0, 1), {}).code).toBe("calc(1.92em + 20px)");
  });

  it("caps names that may wrap, and never goes below a readable floor", () => {
    const widths = columnWidths([row("X", undefined, "Authentication & Authorization Flows", "c")], { c: "Identity" });
    expect(widths.domain).toBe("max(6rem, 10.38em + 20px)");
    expect(widths.catalog).toBe("max(6rem, 4.78em + 20px)");
    // A code without a status is labelled "No HTTP status".
    expect(widths.status).toBe("max(8.5rem, calc(8.12 * 0.8rem + 36px))");
  });
});
