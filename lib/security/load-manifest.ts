import { readFileSync } from "node:fs";
import path from "node:path";
import { CSP_MANIFEST_FILE, type CspManifest } from "./csp-manifest";
import { distDir } from "./dist-dir";

let cached: { manifest: CspManifest | undefined } | undefined;

/** The build's CSP manifest, read once per server; undefined (with one warning) if the postbuild step never ran. */
export function loadCspManifest(): CspManifest | undefined {
  if (cached) return cached.manifest;
  const file = path.join(process.cwd(), distDir(), CSP_MANIFEST_FILE);
  try {
    cached = { manifest: JSON.parse(readFileSync(file, "utf8")) as CspManifest };
  } catch {
    console.warn(`proxy: ${file} is missing; pages get a CSP without inline-script hashes and will not hydrate. Run \`npm run build\`.`);
    cached = { manifest: undefined };
  }
  return cached.manifest;
}
