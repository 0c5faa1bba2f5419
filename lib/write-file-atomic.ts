import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes one file through a temporary sibling, so readers never see half a file. With `exclusive`, the temp file is
 * hard-linked into place, which fails with EEXIST if the target exists: no check-then-write race.
 */
export function writeFileAtomic(file: string, content: string, options: { exclusive?: boolean } = {}): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    if (options.exclusive) linkSync(temp, file);
    else renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
