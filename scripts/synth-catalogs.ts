// Reads: --codes N (default 10000), --catalogs N, --out DIR (default .bench/catalogs), --seed N, --domains N (at most 12),
// --style synthetic|real
// (real: catalogs in the styles of real public ones, lib/synthetic/real-style.ts).
// Writes: synthetic catalog YAML files into --out (never content/), for benchmarks and scale builds:
//   ERRATA_CATALOG_DIR=.bench/catalogs npm run build
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { syntheticCatalogs } from "@/lib/synthetic/generate";
import { realStyleCatalogs } from "@/lib/synthetic/real-style";

const { values } = parseArgs({
  options: {
    codes: { type: "string", default: "10000" },
    catalogs: { type: "string" },
    out: { type: "string", default: path.join(".bench", "catalogs") },
    seed: { type: "string", default: "1" },
    style: { type: "string", default: "synthetic" },
    domains: { type: "string" },
  },
});

const codes = Number(values.codes);
if (!Number.isInteger(codes) || codes < 1) throw new Error(`--codes must be a positive integer, got "${values.codes}"`);
const out = path.resolve(values.out!);
if (out.startsWith(path.resolve("content"))) throw new Error("--out must be outside content/");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
if (values.style !== "synthetic" && values.style !== "real") throw new Error(`--style must be synthetic or real, got "${values.style}"`);
const catalogs =
  values.style === "real"
    ? realStyleCatalogs(codes)
    : syntheticCatalogs({
        codes,
        catalogs: values.catalogs ? Number(values.catalogs) : undefined,
        domains: values.domains ? Number(values.domains) : undefined,
        seed: Number(values.seed),
      });
for (const catalog of catalogs) writeFileSync(path.join(out, `${catalog.slug}.yaml`), stringify(catalog));
console.log(`synth-catalogs: wrote ${catalogs.length} catalogs, ${codes} codes, to ${path.relative(process.cwd(), out)}`);
