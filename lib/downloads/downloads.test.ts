import path from "node:path";
import vm from "node:vm";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "../catalog/load";
import { entriesOf } from "../catalog/model";
import { catalogEnvelope } from "../formats";
import { readSlot } from "../formats/match";
import { schemaValidator } from "../formats/validate";
import { mockResponse } from "../mock/respond";
import { mockTarget } from "../mock/target";
import { envelopeJsonSchema } from "./envelope-schema";
import { allDownloads } from "./files";
import { typeBaseName, typescriptModule } from "./typescript-module";

const catalogs = loadCatalogDir(path.join(process.cwd(), "content", "catalogs"));
/** Catalogs unlike the bundled ones: declared templates (Stripe-, Twilio- and Entra ID-like), numeric codes, no statuses. */
const fixtures = loadCatalogDir(path.join(process.cwd(), "e2e-hostile", "catalogs"));

/** Type-checks a set of in-memory files in strict mode and returns the diagnostics as text. */
function typecheck(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
  };
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
  it("lists all.json, all.openapi.json and four files per catalog with their media types", () => {
    const files = allDownloads(catalogs);
    expect(files.map((f) => f.file)).toContain("all.json");
    expect(files).toHaveLength(2 + catalogs.length * 4);
    expect(files.map((f) => f.file)).toContain("auth-service.openapi.json");
    expect(files.find((f) => f.file === "auth-service.schema.json")?.contentType).toMatch(/^application\/schema\+json/);
    const all = JSON.parse(files.find((f) => f.file === "all.json")!.body()) as { code: string }[];
    expect(all).toHaveLength(catalogs.reduce((n, c) => n + c.errors.length, 0));
  });

  it("limits the schema's code to the catalog's codes", () => {
    const catalog = catalogs.find((c) => c.slug === "auth-service")!;
    const schema = envelopeJsonSchema(catalog);
    expect(schema.properties?.error?.properties?.code?.$ref).toBe("#/$defs/code");
    expect(schema.$defs?.code?.enum).toEqual(catalog.errors.map((e) => e.code));
    expect(schema.required).toEqual(["error"]);
  });

  for (const catalog of [...catalogs, ...fixtures]) {
    const envelope = catalogEnvelope(catalog);
    /** The body with its code (read where the template puts it) replaced, by rendering the same body for another code. */
    const codeOf = (body: unknown) => readSlot(envelope.template, body, "code");

    it(`${catalog.slug}: its documented example and every mock body validate against its downloaded JSON Schema`, () => {
      const validate = schemaValidator(envelopeJsonSchema(catalog));
      const example = JSON.parse(catalog.envelope.example) as unknown;
      // Sources that show a stand-in code (MACHINE_READABLE_CODE, <error_code>) are checked with a real one in its place.
      const shown = codeOf(example);
      const standIn = !catalog.errors.some((e) => e.code === shown);
      const checked = standIn
        ? (JSON.parse(catalog.envelope.example.split(JSON.stringify(shown).slice(1, -1)).join(catalog.errors[0]!.code)) as unknown)
        : example;
      expect(validate(checked), "documented example").toEqual([]);
      if (standIn) expect(validate(example).join()).toMatch(/not one of the catalog's codes/);
      for (const entry of entriesOf(catalog)) {
        for (const query of ["", "mode=production"]) {
          const r = mockResponse(
            mockTarget(catalog, entry),
            entry.status === undefined && catalog.envelope.default_status === undefined ? `status=400&${query}` : query,
          );
          if (r.refusal?.parameter === "mode") continue;
          expect(r.refusal, `${entry.code} ${query}`).toBeUndefined();
          expect(validate(JSON.parse(r.body)), `${entry.code} ${query}`).toEqual([]);
        }
      }
    });

    it(`${catalog.slug}.ts type-checks, and its guard accepts every mock body and refuses others`, () => {
      const source = typescriptModule(catalog);
      const name = typeBaseName(catalog.slug);
      const first = JSON.stringify(catalog.errors[0]!.code);
      const usage = `import { codes, statuses, is${name}Error, type ${name}Code, type ${name}Error } from "./catalog";
const code: ${name}Code = ${first};
const status: number | string | null = statuses[code];
export function read(body: unknown): ${name}Error | undefined {
  return is${name}Error(body) ? body : undefined;
}
export const count: number = codes.length + String(status).length;
// @ts-expect-error: not one of the catalog's codes
export const wrong: ${name}Code = "NOT_A_CODE_OF_THIS_CATALOG";
`;
      expect(typecheck({ "/m/catalog.ts": source, "/m/usage.ts": usage })).toEqual([]);

      const mod = load(source);
      const guard = mod[`is${name}Error`] as (v: unknown) => boolean;
      expect(mod.codes).toEqual(catalog.errors.map((e) => e.code));
      for (const entry of entriesOf(catalog)) {
        const target = mockTarget(catalog, entry);
        const r = mockResponse(target, entry.status === undefined && catalog.envelope.default_status === undefined ? "status=400" : "");
        const body = JSON.parse(r.body) as unknown;
        expect(guard(body), entry.code).toBe(true);
        // The same body for a code the catalog does not have is refused.
        const other = mockResponse(
          { ...target, entry: { ...target.entry, code: "NOT_A_CODE" } },
          r.status === target.defaultStatus || entry.status === undefined ? `status=${r.status}` : "",
        );
        expect(guard(JSON.parse(other.body)), `${entry.code} as NOT_A_CODE`).toBe(false);
      }
      expect(guard(null)).toBe(false);
      expect(guard({})).toBe(false);
      expect(guard([])).toBe(false);
    });
  }
});
