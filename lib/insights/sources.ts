import { readFileSync } from "node:fs";
import path from "node:path";

/** Catalog files by slug (the file name, which the loader requires to equal the slug), labelled relative to cwd. */
export function catalogSources(files: readonly string[]): Map<string, { file: string; text: string }> {
  const out = new Map<string, { file: string; text: string }>();
  for (const file of files) {
    try {
      out.set(path.basename(file).replace(/\.ya?ml$/, ""), {
        file: path.relative(process.cwd(), file) || file,
        text: readFileSync(file, "utf8"),
      });
    } catch {
      // Unreadable files were already reported by the loader.
    }
  }
  return out;
}
