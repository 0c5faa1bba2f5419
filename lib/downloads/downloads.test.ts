import path from "node:path";
import vm from "node:vm";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import { renderBody } from "../formats";
import { CODE_PATH, envelopeJsonSchema } from "./envelope-schema";
import { allDownloads } from "./files";
import { typeBaseName, typescriptModule } from "./typescript-module";

const catalogs = loadCatalogDir(path.join(process.cwd(), "content", "catalogs"));

/** Type-checks a set of in-memory files in strict mode and returns the diagnostics as text. */
function typecheck(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = { strict: true, noUncheckedIndexedAccess: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => f in files || ts.sys.fileExists(f);
  host.directoryExists = (d) => d === "/m" || ts.sys.directoryExists(d);
  host.readFile = (f) => files[f] ?? readFile(f);
  host.getSourceFile = (f, lang) => (f in files ? ts.createSourceFile(f, files[f]!, lang) : getSourceFile(f, lang));
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Runs the module's JavaScript and returns its exports. */
function load(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const cjs = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(js, { module: cjs, exports: cjs.exports });
  return cjs.exports;
}

describe("downloads", () => {
  it("lists all.json and three files per catalog with their media types", () => {
    const files = allDownloads(catalogs);
    expect(files.map((f) => f.file)).toContain("all.json");
    expect(files).toHaveLength(1 + catalogs.length * 3);
    expect(files.find((f) => f.file === "auth-service.schema.json")?.contentType).toMatch(/^application\/schema\+json/);
    const all = JSON.parse(files.find((f) => f.file === "all.json")!.body()) as { code: string }[];
    expect(all).toHaveLength(catalogs.reduce((n, c) => n + c.errors.length, 0));
  });

  it("knows where each envelope carries the code", () => {
    for (const catalog of catalogs) {
      const entry = entriesOf(catalog)[0]!;
      let value: unknown = renderBody(catalog.envelope.format, { entry });
      for (const key of CODE_PATH[catalog.envelope.format]) value = (value as Record<string, unknown>)[key];
      expect(value).toBe(entry.code);
    }
  });

  it("limits the schema's code to the catalog's codes", () => {
    const catalog = catalogs.find((c) => c.slug === "auth-service")!;
    const schema = envelopeJsonSchema(catalog);
    expect(schema.properties?.error?.properties?.code?.enum).toEqual(catalog.errors.map((e) => e.code));
    expect(schema.required).toEqual(["error"]);
  });

  for (const catalog of catalogs) {
    it(`${catalog.slug}.ts type-checks, and its guard accepts the example body and rejects others`, () => {
      const source = typescriptModule(catalog);
      const name = typeBaseName(catalog.slug);
      const first = JSON.stringify(catalog.errors[0]!.code);
      const usage = `import { codes, statuses, is${name}Error, type ${name}Code, type ${name}Error } from "./catalog";
const code: ${name}Code = ${first};
const status: number | string = statuses[code];
export function read(body: unknown): ${name}Code | undefined {
  if (!is${name}Error(body)) return undefined;
  const typed: ${name}Error = body;
  return typed ${CODE_PATH[catalog.envelope.format].map((k) => `[${JSON.stringify(k)}]`).join("")};
}
export const count: number = codes.length + String(status).length;
// @ts-expect-error: not one of the catalog's codes
export const wrong: ${name}Code = "NOT_A_CODE_OF_THIS_CATALOG";
`;
      expect(typecheck({ "/m/catalog.ts": source, "/m/usage.ts": usage })).toEqual([]);

      const mod = load(source);
      const guard = mod[`is${name}Error`] as (v: unknown) => boolean;
      expect(mod.codes).toEqual(catalog.errors.map((e) => e.code));
      // The documented example, with its code; sources that show a placeholder code (MACHINE_READABLE_CODE) get a real one.
      const keys = CODE_PATH[catalog.envelope.format];
      const example = JSON.parse(catalog.envelope.example) as Record<string, unknown>;
      const exampleHolder = keys.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, example);
      const exampleCode = exampleHolder[keys[keys.length - 1]!] as string;
      expect(guard(example)).toBe(catalog.errors.some((e) => e.code === exampleCode));
      exampleHolder[keys[keys.length - 1]!] = catalog.errors[0]!.code;
      expect(guard(example)).toBe(true);
      for (const entry of entriesOf(catalog)) expect(guard(renderBody(catalog.envelope.format, { entry }))).toBe(true);
      expect(guard(null)).toBe(false);
      expect(guard({})).toBe(false);
      const unknownCode = JSON.parse(JSON.stringify(renderBody(catalog.envelope.format, { entry: entriesOf(catalog)[0]! }))) as Record<string, unknown>;
      let holder = unknownCode;
      for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
      holder[keys[keys.length - 1]!] = "NOT_A_CODE";
      expect(guard(unknownCode)).toBe(false);
    });
  }
});
