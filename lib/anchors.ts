/** Anchor id for a domain heading, prefixed so it can never collide with a code's row id. */
export function domainAnchor(domain: string): string {
  return `domain-${domain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")}`;
}
