import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import { defaultInputs, type Mode } from "../mock/inputs";
import { mockTarget } from "../mock/target";
import { renderResponse } from "../mock/respond";
import { formats, type FormatId } from ".";
import { bodySchemas } from "./schemas";
import { typeSnippet } from "./snippet";

const catalogs = loadCatalogDir(path.join(process.cwd(), "content", "catalogs"));
const targets = catalogs.flatMap((c) => entriesOf(c).map((e) => mockTarget(c, e)));
const ids = Object.keys(formats) as FormatId[];

/** Transpiles a generated snippet and returns its exported guard. */
function guardOf(id: FormatId): (value: unknown) => boolean {
  const js = ts.transpileModule(typeSnippet(id), { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function("exports", js)(exports);
  return exports[`is${formats[id].typeName}`] as (value: unknown) => boolean;
}

describe.each(ids)("format %s", (id) => {
  const format = formats[id];
  const guard = guardOf(id);

  it("renders every code of every catalog, in both modes, to a body its schema and its generated guard accept", () => {
    expect(targets.length).toBe(181);
    for (const target of targets) {
      for (const mode of ["development", "production"] as Mode[]) {
        const body = JSON.parse(renderResponse(target, { ...defaultInputs(target), format: id, mode }, "https://errata.test").body) as unknown;
        const parsed = bodySchemas[id].safeParse(body);
        expect(parsed.error, `${target.catalog} ${target.entry.code} (${mode})`).toBeUndefined();
        expect(guard(body), `${target.catalog} ${target.entry.code} guard`).toBe(true);
        expect(JSON.stringify(body)).not.toMatch(/%[vs]/);
      }
    }
  });

  it("has a guard that refuses bodies of other shapes", () => {
    expect(guard(null)).toBe(false);
    expect(guard({})).toBe(false);
    expect(guard("error")).toBe(false);
  });

  it("generates a snippet that type-checks", { timeout: 60_000 }, () => {
    const source = typeSnippet(id);
    const file = "snippet.ts";
    const host = ts.createCompilerHost({ strict: true, noEmit: true });
    const read = host.getSourceFile;
    host.getSourceFile = (name, lang) =>
      name === file ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022) : read.call(host, name, lang);
    const program = ts.createProgram([file], { strict: true, noEmit: true, noUncheckedIndexedAccess: true, types: [], target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"] }, host);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
    expect(source).toContain(`export interface ${format.typeName} {`);
  });
});

describe("placeholder values", () => {
  it("never read a value from Object.prototype", () => {
    const target = {
      catalog: "x",
      format: "code-title-message" as const,
      entry: {
        code: "X_1",
        status: 400,
        message: "%v and %v",
        placeholders: [
          { name: "constructor", example: "a", description: "" },
          { name: "__proto__", example: "b", description: "" },
        ],
      },
    };
    const body = JSON.parse(renderResponse(target, { ...defaultInputs(target), values: {} }, "").body) as { message: string };
    expect(body.message).toBe("a and b");
  });
});
