// Reads: one error table named on the command line: Markdown (code | status | message), CSV with headers, or JSON records.
// Writes: content/catalogs/<slug>.yaml (atomically; never over an existing file without --force), after validating it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { catalogDir } from "@/lib/catalog/repository";
import { importCatalog, parseColumnMap, type ImportFormat } from "@/lib/import";
import { writeFileAtomic } from "@/lib/write-file-atomic";

const USAGE = "usage: npm run import -- --from markdown|csv|json FILE [--map field=column,…] [--catalog slug] [--force]";

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: "string" },
        map: { type: "string" },
        catalog: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { from, catalog, force, map } = args.values;
  const file = args.positionals[0];
  if ((from !== "markdown" && from !== "csv" && from !== "json") || !file || args.positionals.length > 1) {
    console.error(USAGE);
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
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 1;
  }
  const target = path.join(catalogDir(), `${slug}.yaml`);
  const targetLabel = path.relative(process.cwd(), target) || target;
  if (existsSync(target) && !force) {
    console.error(`${targetLabel} already exists; pass --force to overwrite it.`);
    return 1;
  }
  const result = importCatalog(source, from as ImportFormat, {
    slug,
    sourceName: path.basename(file),
    targetLabel,
    ...(columns ? { columns } : {}),
  });
  for (const p of result.problems) console.error(`${file}:${p.line}: ${p.message}`);
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
  const skipped = result.problems.length
    ? `; ${result.problems.length} row${result.problems.length === 1 ? "" : "s"}/column${result.problems.length === 1 ? "" : "s"} not mapped (listed above)`
    : "";
  console.log(`Wrote ${targetLabel}: ${result.codes} codes${skipped}. Review it, then npm run validate.`);
  return 0;
}

process.exitCode = main();
