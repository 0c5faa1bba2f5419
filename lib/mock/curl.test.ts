import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { curlCommand, mockUrl } from "./curl";

describe("curlCommand", () => {
  it("quotes the URL so a POSIX shell hands curl exactly that URL", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."a'\"$`\\ &;|*?!{}()<>#~=%+\n") }), (tail) => {
        const url = `http://x.test/api/mock/c/d?${tail}`;
        const command = curlCommand(url);
        expect(command.startsWith("curl -i ")).toBe(true);
        const argument = command.slice("curl -i ".length);
        expect(execFileSync("sh", ["-c", `printf %s ${argument}`], { encoding: "utf8" })).toBe(url);
      }),
      { numRuns: 40 },
    );
  });

  it("leaves the query off when there is none", () => {
    expect(mockUrl("https://e.test", "/api/mock/a/b", "")).toBe("https://e.test/api/mock/a/b");
    expect(mockUrl("https://e.test", "/api/mock/a/b", "key=1")).toBe("https://e.test/api/mock/a/b?key=1");
  });
});
