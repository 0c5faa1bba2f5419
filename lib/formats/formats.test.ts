import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import { resolvedDefaults, type Mode } from "../mock/inputs";
import { mockTarget } from "../mock/target";
import { renderResponse } from "../mock/respond";
import { testTarget } from "../mock/test-target";
import { BUILTIN_ENVELOPES, BUILTIN_IDS, type BuiltinId } from "./builtin";
import { envelopeBodySchema } from "./json-schema";
import { typeSnippet } from "./snippet";
import { schemaValidator } from "./validate";

const catalogs = loadCatalogDir(path.join(process.cwd(), "content", "catalogs"));
const targets = catalogs.flatMap((c) => entriesOf(c).map((e) => mockTarget(c, e)));
const ids = BUILTIN_IDS;

/** Transpiles a generated snippet and returns its exported guard. */
function guardOf(id: BuiltinId): (value: unknown) => boolean {
  const js = ts.transpileModule(typeSnippet(BUILTIN_ENVELOPES[id]), { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function("exports", js)(exports);
  return exports[`is${BUILTIN_ENVELOPES[id].typeName}`] as (value: unknown) => boolean;
}

describe.each(ids)("format %s", (id) => {
  const guard = guardOf(id);
  const validate = schemaValidator(envelopeBodySchema(BUILTIN_ENVELOPES[id]));

  it("renders every code of every catalog, in both modes, to a body its JSON Schema and its generated guard accept", () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      for (const mode of ["development", "production"] as Mode[]) {
        const body = JSON.parse(renderResponse(target, { ...resolvedDefaults(target), format: id, mode }).body) as unknown;
        expect(validate(body), `${target.catalog} ${target.entry.code} (${mode})`).toEqual([]);
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
});

// One program for all six snippets: building a TypeScript program is the slow part.
it("generates snippets that type-check under strict settings", { timeout: 60_000 }, () => {
  const sources = new Map(ids.map((id) => [`${id}.ts`, typeSnippet(BUILTIN_ENVELOPES[id])]));
  const host = ts.createCompilerHost({});
  const read = host.getSourceFile;
  host.getSourceFile = (name, lang) => {
    const source = sources.get(name);
    return source !== undefined ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022) : read.call(host, name, lang);
  };
  const options = {
    strict: true,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  expect(problems).toEqual([]);
  for (const id of ids) expect(sources.get(`${id}.ts`)).toContain(`export type ${BUILTIN_ENVELOPES[id].typeName} = {`);
});

describe("placeholder values", () => {
  it("never read a value from Object.prototype", () => {
    const target = testTarget("x", "code-title-message", {
      code: "X_1",
      status: 400,
      message: "%v and %v",
      placeholders: [
        { name: "constructor", example: "a", description: "" },
        { name: "__proto__", example: "b", description: "" },
      ],
    });
    const body = JSON.parse(renderResponse(target, { ...resolvedDefaults(target), values: {} }).body) as { message: string };
    expect(body.message).toBe("a and b");
  });
});
