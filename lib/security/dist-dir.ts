/** Next's build directory; ERRATA_DIST_DIR lets a second build (the hostile-catalog e2e) sit beside the normal one. */
export function distDir(): string {
  // `||` as in next.config.mjs, so an empty value means the default there and here alike.
  return process.env.ERRATA_DIST_DIR || ".next";
}
