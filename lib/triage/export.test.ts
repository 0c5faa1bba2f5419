import { describe, expect, it } from "vitest";
import { apiResult } from "./api";
import { csvField, toCsv, toJson, toMarkdown } from "./export";
import { testIndex } from "./test-catalogs";
import { decodeShare, encodeShare, MAX_SHARE_CHARS, sharedResult } from "./share";
import { triageText } from "./engine";
import type { TriageFinding, TriageResult } from "./types";

const hostile: TriageFinding = {
  catalog: "hostile",
  code: "HOSTILE_JSX",
  status: 400,
  title: "A | pipe",
  message: "<script>x</script> [link](javascript:alert(1)) *bold* `tick` \\ back\nnext | cell",
  count: 2,
  firstLine: 3,
  lastLine: 9,
  url: "/catalogs/hostile/hostile-jsx",
  lines: [3, 9],
  via: ["message"],
  retry: "after-fix",
};
const result: TriageResult = {
  lines: 10,
  findings: [hostile],
  undocumented: [{ catalogs: ["accounts"], code: "ZX_1", count: 1, firstLine: 4, lastLine: 4, envelope: "domain:reason", lines: [4] }],
};

describe("Markdown export", () => {
  it("shows catalog text as text: no cell break, link, emphasis, code span or HTML", () => {
    const md = toMarkdown(result, { origin: "https://errata.example", catalogNames: { hostile: "Hostile <b>" } });
    const row = md.split("\n").find((l) => l.startsWith("| `HOSTILE_JSX`"))!;
    // Every unescaped pipe is a cell border: 8 of them for 7 cells.
    expect(row.replace(/\\\|/g, "").split("|").length - 1).toBe(8);
    expect(row).toContain("&lt;script&gt;");
    expect(row).not.toMatch(/<script>|(?<!\\)\[link(?<!\\)\]|(?<!\\)\*bold|(?<!\\)`tick/);
    expect(row).toContain("<https://errata.example/catalogs/hostile/hostile-jsx>");
    expect(row).toContain("back next"); // a line break in the message is a space: the row stays one row
    expect(md).toContain("## Hostile &lt;b&gt; (`hostile`)");
    expect(md).toContain("| `ZX_1` | domain:reason | accounts | 1 | 4 |");
  });
});

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
    const csv = toCsv({ ...result, findings: [{ ...hostile, message: "=cmd|' /C calc'!A0, \"x\"" }] });
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("kind,catalog,code,status,count,first_line,last_line,title,message,retry,url");
    expect(rows[1]).toBe(
      `documented,hostile,HOSTILE_JSX,400,2,3,9,A | pipe,"'=cmd|' /C calc'!A0, ""x""",Only after changing the request,/catalogs/hostile/hostile-jsx`,
    );
    expect(rows[2]).toBe("undocumented,accounts,ZX_1,,1,4,4,,,,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("JSON is the whole result", () => {
    expect(JSON.parse(toJson(result))).toEqual(result);
  });
});

describe("apiResult", () => {
  it("holds exactly the public fields", () => {
    expect(apiResult(result)).toEqual({
      lines: 10,
      findings: [
        { catalog: "hostile", code: "HOSTILE_JSX", status: 400, count: 2, firstLine: 3, lastLine: 9, url: "/catalogs/hostile/hostile-jsx" },
      ],
      undocumented: [{ catalogs: ["accounts"], code: "ZX_1", count: 1, firstLine: 4 }],
    });
  });
});

describe("share", () => {
  it("round-trips findings, never any log text, in a URL-safe string", () => {
    const index = testIndex();
    const log = `secret-token-abc APP_002\nAUTH_001 password=hunter2\n{"code":"ZX_9","message":"private text"}\nAPP_002`;
    const r = triageText(index, log);
    const share = encodeShare(r);
    expect(share).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const decoded = atob(share.slice(2).replace(/-/g, "+").replace(/_/g, "/"));
    for (const secret of ["secret", "hunter2", "private", "password"]) expect(decoded).not.toContain(secret);
    const back = decodeShare(share);
    expect(back).toEqual({
      lines: 4,
      findings: r.findings.map(({ catalog, code, count, firstLine, lastLine }) => ({ catalog, code, count, firstLine, lastLine })),
      undocumented: [{ catalogs: ["accounts"], code: "ZX_9", count: 1, firstLine: 3, lastLine: 3 }],
      truncated: false,
    });
    const completed = sharedResult(back, index);
    expect(completed.findings.map((f) => [f.catalog, f.code, f.count, f.status, f.message, f.url])).toEqual(
      r.findings.map((f) => [f.catalog, f.code, f.count, f.status, f.message, f.url]),
    );
    expect(completed.undocumented[0]!.envelope).toBe("domain:reason");
  });

  it("stays within its bound, keeping the most frequent codes", () => {
    const many: TriageResult = {
      lines: 100_000,
      findings: Array.from({ length: 2000 }, (_, i) => ({
        ...hostile,
        code: `CODE_${i}`,
        count: 5000 - i,
        firstLine: 1,
        lastLine: 99_999,
      })),
      undocumented: [],
    };
    const share = encodeShare(many);
    expect(share.length).toBeLessThanOrEqual(MAX_SHARE_CHARS);
    const back = decodeShare(share);
    expect(back.truncated).toBe(true);
    expect(back.findings[0]!.code).toBe("CODE_0");
    expect(back.findings.length).toBeGreaterThan(50);
  });

  it("refuses what it did not encode, naming the parameter", () => {
    const bad = [
      "",
      "2.abc",
      "1.***",
      "1." + btoa("[1,2]"),
      "1." + btoa('[5,["a"],[[3,"X",1,1,1]],[],0]'),
      "1." + btoa('[5,["a"],[[0,"X",1,9,1]],[],0]'),
    ];
    for (const s of bad) expect(() => decodeShare(s), s).toThrow(/^share: /);
    expect(() => decodeShare("1." + "A".repeat(MAX_SHARE_CHARS))).toThrow(/share: is \d+ characters long/);
  });
});
