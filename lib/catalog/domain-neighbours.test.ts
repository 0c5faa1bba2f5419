import { describe, expect, it } from "vitest";
import type { Entry } from "./model";
import { domainGroups, domainNeighbours } from "./domain-neighbours";

const entry = (catalog: string, domain: string, code: string) => ({ catalog, domain, code }) as Entry;
const group = (n: number) => Array.from({ length: n }, (_, i) => entry("c", "D", `E${i}`));

describe("domainGroups", () => {
  it("groups by catalog and domain, keeping catalog order", () => {
    const groups = domainGroups([entry("a", "X", "1"), entry("b", "X", "2"), entry("a", "X", "3"), entry("a", "Y", "4")]);
    expect([...groups.keys()]).toEqual(["a/X", "b/X", "a/Y"]);
    expect(groups.get("a/X")!.map((e) => e.code)).toEqual(["1", "3"]);
  });
});

describe("domainNeighbours", () => {
  it("lists every other code of a small domain", () => {
    const g = group(5);
    expect(domainNeighbours(g, g[2]!, 24).map((e) => e.code)).toEqual(["E0", "E1", "E3", "E4"]);
  });

  it("caps a large domain at the limit, centred on the code and clamped at the ends", () => {
    const g = group(1000);
    expect(domainNeighbours(g, g[500]!, 4).map((e) => e.code)).toEqual(["E498", "E499", "E501", "E502"]);
    expect(domainNeighbours(g, g[0]!, 4).map((e) => e.code)).toEqual(["E1", "E2", "E3", "E4"]);
    expect(domainNeighbours(g, g[999]!, 4).map((e) => e.code)).toEqual(["E995", "E996", "E997", "E998"]);
  });
});
