// Reads the catalogs and content/published-urls.txt.
// Writes content/published-urls.txt with every current page and short link appended (never removes a line).
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getAllEntries } from "../lib/catalog/repository";
import { shortPath } from "../lib/links";
import { appendNew } from "../lib/published-urls";
import { sitePaths } from "../lib/site-urls";

const FILE = path.join(process.cwd(), "content", "published-urls.txt");
const HEADER = `# Every URL Errata has published. Append-only: a URL stays listed for good, and e2e/links.spec.ts checks that
# each still answers 200 or one permanent redirect to a 200. Update with: npm run urls:update
`;

const current = [...sitePaths(), ...getAllEntries().map((e) => shortPath(e.code))];
const before = existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER;
const { text, added, gone } = appendNew(before, current);
if (text !== before) {
  writeFileSync(`${FILE}.tmp`, text);
  renameSync(`${FILE}.tmp`, FILE);
}
console.log(`published-urls.txt: ${added.length} added, ${current.length} current.`);
for (const p of added) console.log(`  + ${p}`);
if (gone.length) {
  console.log(
    `${gone.length} listed URL(s) are no longer pages of their own; each must redirect or show a tombstone (renamed_from / removed):`,
  );
  for (const p of gone) console.log(`  ~ ${p}`);
}
