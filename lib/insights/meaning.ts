import type { ErrorEntry } from "../catalog/schema";

/** A meaning several catalogs express in their own words, recognised from code, title and message. */
export interface Meaning {
  key: string;
  label: string;
  pattern: RegExp;
}

/** In priority order: a code takes the first meaning it matches. */
export const MEANINGS: readonly Meaning[] = [
  { key: "rate-limited", label: "rate limited", pattern: /rate.?limit|too many/ },
  {
    key: "internal-error",
    label: "internal server error",
    pattern: /internal.?(server.?)?error|unexpected (server )?error|unspecified internal/,
  },
  { key: "database-error", label: "database failure", pattern: /database|\bdb.?error|transaction.?error/ },
  { key: "unavailable", label: "service unavailable", pattern: /unavailable/ },
  { key: "not-found", label: "resource not found", pattern: /not.?found|does not exist|no \w+ (were )?found/ },
  { key: "already-exists", label: "resource already exists", pattern: /already.?(exists|registered|taken)|duplicate.?constraint/ },
  {
    key: "access-token-expired",
    label: "access token expired",
    pattern: /^(?!.*(reset|verification|refresh|temp|device|invitation|state)).*(token.?expired|access token has expired)/,
  },
  {
    key: "invalid-credentials",
    label: "invalid credentials",
    pattern: /invalid.?credentials|username.{1,6}or.{1,6}password|email\/password|wrong password/,
  },
  {
    key: "permission-denied",
    label: "insufficient permissions",
    pattern: /insufficient.?permission|lacks sufficient permission|^forbidden\b|does not have access/,
  },
  {
    key: "unauthenticated",
    label: "not authenticated",
    pattern: /not authenticated|missing or invalid auth|^token missing|^unauthorized\b/,
  },
  { key: "payload-too-large", label: "payload too large", pattern: /too.?large/ },
  { key: "account-disabled", label: "account disabled", pattern: /disabled|banned|suspended/ },
];

/** The first meaning an entry expresses, tested against code, title and message separately. */
export function meaningOf(entry: Pick<ErrorEntry, "code" | "title" | "message">): Meaning | undefined {
  const parts = [entry.code.replace(/[_:.-]+/g, " "), entry.title ?? "", entry.message].map((p) => p.toLowerCase());
  return MEANINGS.find((m) => parts.some((p) => p && m.pattern.test(p)));
}
