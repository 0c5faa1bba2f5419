import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "./generate-files";

/**
 * Writes files into a fresh sibling directory, then swaps it in with renames, so a failure
 * at any point leaves the previous output whole.
 */
export function writeAtomic(outDir: string, files: readonly GeneratedFile[]): void {
  const parent = path.dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(path.join(parent, `.${path.basename(outDir)}-staging-`));
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    const previous = `${staging}-previous`;
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
