// Reads: the git history of each catalog file in content/catalogs (or ERRATA_CATALOG_DIR).
// Writes: content/generated/changelog.json, atomically: codes added, removed and changed per commit. Never fails the build.
import path from "node:path";
import { listCatalogFiles } from "@/lib/catalog/load";
import { catalogDir } from "@/lib/catalog/repository";
import { diffVersions } from "@/lib/changelog/diff";
import { fileHistory } from "@/lib/changelog/git";
import { CHANGELOG_PATH, type ChangelogFile } from "@/lib/changelog/read";
import { writeFileAtomic } from "@/lib/write-file-atomic";

function main(): number {
  const out: ChangelogFile = { catalogs: {} };
  const notes = new Set<string>();
  for (const file of listCatalogFiles(catalogDir())) {
    const slug = path.basename(file).replace(/\.ya?ml$/, "");
    const history = fileHistory(path.relative(process.cwd(), file), process.cwd());
    if (history.note) notes.add(history.note);
    out.catalogs[slug] = { entries: diffVersions(history.versions), ...(history.note ? { note: history.note } : {}) };
  }
  writeFileAtomic(path.join(process.cwd(), CHANGELOG_PATH), `${JSON.stringify(out, null, 2)}\n`);
  const count = Object.values(out.catalogs).reduce((n, c) => n + c.entries.length, 0);
  console.log(
    `changelog: ${count} change${count === 1 ? "" : "s"} in ${Object.keys(out.catalogs).length} catalogs${notes.size ? ` (${[...notes].join(" ")})` : ""}.`,
  );
  return 0;
}

process.exitCode = main();
