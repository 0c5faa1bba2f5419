/** Codes compare equal ignoring case and separators: AUTH_001 = auth-001 = "auth 001" = auth001. */
export function normalizeCode(code: string): string {
  return code
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** URL path segment for a code page: lowercase, separators folded to "-" (user:not_found → user-not-found). */
export function codeSlug(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
