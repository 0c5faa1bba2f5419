// Reads and writes back the given files: `next build` with a non-default distDir adds that directory's types to
// tsconfig.json and next-env.d.ts, which must not leak into commits.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const NEXT_EDITED_FILES = ["tsconfig.json", "next-env.d.ts"];

/** Remembers the files' text now; the returned function writes it back. */
export function preserveFiles(files: readonly string[] = NEXT_EDITED_FILES): () => void {
  const kept = files.filter((f) => existsSync(f)).map((f) => [f, readFileSync(f, "utf8")] as const);
  return () => {
    for (const [file, text] of kept) writeFileSync(file, text);
  };
}
