// Reads: one error table named on the command line: Markdown (code | status | message), CSV with headers, JSON records,
// or an OpenAPI 3.0/3.1 spec (JSON or YAML, with the files next to it that its $refs point to).
// Writes: content/catalogs/<slug>.yaml (atomically; never over an existing file without --force), after validating it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { catalogDir } from "@/lib/catalog/repository";
import { importCatalog, parseColumnMap, type ImportFormat } from "@/lib/import";
import { importOpenApi } from "@/lib/openapi/import";
import { loadOpenApi } from "@/lib/openapi/load";
import { writeFileAtomic } from "@/lib/write-file-atomic";

const USAGE =
  "usage: npm run import -- --from markdown|csv|json|openapi FILE [--map field=column,…] [--code-path error.code] [--catalog slug] [--force]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: "string" },
        map: { type: "string" },
        "code-path": { type: "string" },
        catalog: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { from, catalog, force, map, "code-path": codePath } = args.values;
  const file = args.positionals[0];
  if ((from !== "markdown" && from !== "csv" && from !== "json" && from !== "openapi") || !file || args.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if ((from === "openapi" && map !== undefined) || (from !== "openapi" && codePath !== undefined)) {
    console.error(`${from === "openapi" ? "--map is for tables" : "--code-path is for --from openapi"}\n${USAGE}`);
    return 2;
  }
  let columns;
  try {
    columns = map === undefined ? undefined : parseColumnMap(map);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const slug =
    catalog ??
    path
      .basename(file)
      .replace(/\.[^.]+$/, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    console.error(`--catalog: "${slug}" must be kebab-case, e.g. payments`);
    return 2;
  }
  const target = path.join(catalogDir(), `${slug}.yaml`);
  const targetLabel = path.relative(process.cwd(), target) || target;
  if (existsSync(target) && !force) {
    console.error(`${targetLabel} already exists; pass --force to overwrite it.`);
    return 1;
  }
  const options = { slug, sourceName: path.basename(file), targetLabel };
  let result;
  if (from === "openapi") {
    const loaded = await loadOpenApi(file);
    if (!loaded.doc) {
      for (const p of loaded.problems) console.error(`${file}#${p.pointer}: ${p.message}`);
      console.error("\nNothing written: the spec could not be read.");
      return 1;
    }
    result = importOpenApi(loaded.doc, { ...options, ...(codePath !== undefined ? { codePath } : {}) });
    for (const p of result.problems) console.error(`${file}#${p.pointer}: ${p.message}`);
  } else {
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch (e) {
      console.error(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return 1;
    }
    result = importCatalog(source, from as ImportFormat, { ...options, ...(columns ? { columns } : {}) });
    for (const p of result.problems) console.error(`${file}:${p.line}: ${p.message}`);
  }
  for (const issue of result.invalid) console.error(issue);
  if (!result.yaml) {
    console.error(`\nNothing written: ${result.invalid.length ? "the imported catalog does not validate" : "no codes could be imported"}.`);
    return 1;
  }
  try {
    writeFileAtomic(target, result.yaml, { exclusive: !force });
  } catch (e) {
    console.error(`${targetLabel}: cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 1;
  }
  for (const n of result.notices) console.log(`note: ${n}`);
  const n = result.problems.length;
  const what = from === "openapi" ? `thing${n === 1 ? "" : "s"} in the spec` : `row${n === 1 ? "" : "s"}/column${n === 1 ? "" : "s"}`;
  const skipped = n ? `; ${n} ${what} not mapped (listed above)` : "";
  console.log(`Wrote ${targetLabel}: ${result.codes} codes${skipped}. Review it, then npm run validate.`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  },
);
