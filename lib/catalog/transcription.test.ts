import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogDir } from "./load";
import type { Catalog } from "./schema";

// Expected figures are read off the seed documents by hand, so a slip in the YAML fails here.
const catalogs = new Map(loadCatalogDir(path.join(process.cwd(), "content", "catalogs")).map((c) => [c.slug, c]));

function catalog(slug: string): Catalog {
  const c = catalogs.get(slug);
  if (!c) throw new Error(`no catalog ${slug}`);
  return c;
}

const DOMAIN_COUNTS: Record<string, Record<string, number>> = {
  "auth-service": { Authentication: 10, Application: 5, Permissions: 6, Subscriptions: 4, Consumption: 4, Users: 3, Server: 3 },
  authos: {
    "Authentication & Authorization": 6,
    "Request Validation & Conflicts": 4,
    "Device Authorization Flow": 2,
    "Resource Limits & Lifecycle": 3,
    "Server & Integration Errors": 8,
  },
  accounts: {
    Auth: 1,
    User: 13,
    Session: 3,
    OAuth: 15,
    Password: 5,
    Token: 6,
    Email: 1,
    TOTP: 8,
    File: 3,
    General: 5,
    "Rate Limit": 1,
    Turnstile: 3,
    Search: 1,
    EventStream: 1,
    "Worker/System": 10,
  },
  "auth-observability": { "Login and Refresh": 3, "WebAuthn / SSO": 4, "API Keys": 1 },
  "identity-platform": { Auth: 17, Identity: 22 },
};

// One entry from every domain of every seed, exactly as documented.
const SAMPLES: [string, string, number | string, string, string, string?][] = [
  ["auth-service", "AUTH_007", 429, "Authentication", "Too many login attempts"],
  ["auth-service", "APP_002", 404, "Application", "Application not found"],
  ["auth-service", "PERM_004", 409, "Permissions", "Role name already exists in this application"],
  ["auth-service", "SUB_003", 400, "Subscriptions", "Plan has active subscribers, cannot delete"],
  ["auth-service", "CONS_004", 403, "Consumption", "Caller not authorized (requires client_credentials)"],
  ["auth-service", "USR_002", 400, "Users", "Cannot delete the last superadmin"],
  ["auth-service", "SRV_002", 503, "Server", "Service temporarily unavailable"],
  [
    "authos",
    "FEATURE_NOT_AVAILABLE_IN_TIER",
    403,
    "Authentication & Authorization",
    "The requested feature is not included in the organization’s current tier.",
  ],
  [
    "authos",
    "DUPLICATE_CONSTRAINT",
    400,
    "Request Validation & Conflicts",
    "A resource with the same unique identifier (e.g., email or slug) already exists.",
  ],
  ["authos", "DEVICE_CODE_EXPIRED", 400, "Device Authorization Flow", "The device code has expired. The user must restart the login flow."],
  ["authos", "INVITATION_EXPIRED", 400, "Resource Limits & Lifecycle", "The invitation link has expired or has already been used."],
  [
    "authos",
    "STRIPE_ERROR",
    500,
    "Server & Integration Errors",
    "An error occurred while communicating with the billing provider (Stripe).",
  ],
  ["accounts", "auth:invalid_credentials", 401, "Auth", "Invalid email/password combination"],
  ["accounts", "user:not_found", 404, "User", "User not found"],
  ["accounts", "session:invalid_user_id", 401, "Session", "Invalid user ID in session"],
  ["accounts", "oauth:user_info_parse_failed", 500, "OAuth", "Failed to parse provider user info"],
  ["accounts", "password:cannot_update_oauth_only", 400, "Password", "OAuth-only account cannot update password"],
  ["accounts", "token:invalid_email_change", 400, "Token", "Invalid email-change token"],
  ["accounts", "email:already_verified", 400, "Email", "Email already verified"],
  ["accounts", "totp:backup_code_exhausted", 401, "TOTP", "Backup codes exhausted"],
  ["accounts", "file:not_found", 400, "File", "File not found"],
  ["accounts", "FILE_TOO_LARGE", 413, "General", "Payload too large"],
  ["accounts", "rate_limit:exceeded", 429, "Rate Limit", "Too many requests"],
  ["accounts", "turnstile:service_error", 503, "Turnstile", "Turnstile service error"],
  ["accounts", "meilisearch:query_failed", 500, "Search", "Search query failed"],
  ["accounts", "eventstream:publish_failed", 503, "EventStream", "Event publish failed"],
  ["accounts", "system:internal_error", 400, "Worker/System", "Internal error"],
  [
    "auth-observability",
    "auth_refresh_db_error",
    "5xx",
    "Login and Refresh",
    "Database failure while validating refresh token/session state.",
  ],
  [
    "auth-observability",
    "auth_google_db_error",
    "5xx",
    "WebAuthn / SSO",
    "Database failure while resolving tenant or RBAC after Google OAuth.",
  ],
  [
    "auth-observability",
    "auth_api_key_internal_error",
    "5xx",
    "API Keys",
    "Unexpected server error while generating an API key (e.g., JWT/cipher issues or internal failures).",
  ],
  [
    "identity-platform",
    "AUT-0010",
    400,
    "Auth",
    "The metadata key %v exceeds the maximum allowed length of %v characters. Please use a shorter key.",
    "Metadata Key Length Exceeded",
  ],
  [
    "identity-platform",
    "AUT-1003",
    401,
    "Auth",
    "The provided token is expired, invalid or malformed. Please provide a valid token and try again.",
    "Invalid Token",
  ],
  ["identity-platform", "IDE-1006", 404, "Identity", "The provided group ID does not exist in our records.", "Group ID Not Found"],
  [
    "identity-platform",
    "IDE-0006",
    500,
    "Identity",
    "The server encountered an unexpected error. Please try again later.",
    "Internal Server Error",
  ],
];

describe("transcription of the five seeds", () => {
  it("has 181 codes in five catalogs", () => {
    expect([...catalogs.keys()].sort()).toEqual(["accounts", "auth-observability", "auth-service", "authos", "identity-platform"]);
    expect([...catalogs.values()].reduce((n, c) => n + c.errors.length, 0)).toBe(181);
  });

  it.each(Object.entries(DOMAIN_COUNTS))("%s has the seed's domains, in order, with their counts", (slug, counts) => {
    const c = catalog(slug);
    expect(c.domains.map((d) => d.name)).toEqual(Object.keys(counts));
    const actual: Record<string, number> = {};
    for (const e of c.errors) actual[e.domain] = (actual[e.domain] ?? 0) + 1;
    expect(actual).toEqual(counts);
  });

  it.each(SAMPLES)("%s %s is transcribed exactly", (slug, code, status, domain, message, title) => {
    const entry = catalog(slug).errors.find((e) => e.code === code);
    expect(entry).toMatchObject({ code, status, domain, message });
    expect(entry?.title).toBe(title);
  });

  it("keeps the observability catalog's routes, meanings and actions", () => {
    const entry = catalog("auth-observability").errors.find((e) => e.code === "auth_api_key_internal_error");
    expect(entry).toMatchObject({
      route: "POST /auth/api-key",
      action: "Treat as 5xx; inspect logs for details and ensure SECRET_KEY/JWT configuration is valid.",
    });
    expect(catalog("auth-observability").errors.every((e) => e.status === "5xx" && e.route && e.meaning && e.action)).toBe(true);
  });

  it("declares a name and example for every placeholder of the AUT messages", () => {
    const withPlaceholders = catalog("identity-platform")
      .errors.filter((e) => /%[vs]/.test(e.message))
      .map((e) => e.code);
    expect(withPlaceholders).toEqual(["AUT-0002", "AUT-0004", "AUT-0010", "AUT-0011", "AUT-0012", "AUT-0013", "AUT-0014"]);
    const aut0010 = catalog("identity-platform").errors.find((e) => e.code === "AUT-0010");
    expect(aut0010?.placeholders?.map((p) => [p.name, p.example])).toEqual([
      ["key", "tenant_color"],
      ["max_length", "64"],
    ]);
  });

  it("records the seeds' inconsistencies instead of fixing them", () => {
    const note = (slug: string, code: string) => catalog(slug).errors.find((e) => e.code === code)?.notes ?? "";
    expect(note("accounts", "system:internal_error")).toMatch(/400/);
    expect(note("accounts", "FORBIDDEN")).toMatch(/domain:reason/);
    expect(note("identity-platform", "AUT-1003")).toMatch(/AUT-0007/);
    expect(note("authos", "DUPLICATE_CONSTRAINT")).toMatch(/409/);
  });

  it("keeps the source's order, AUT-1003 before AUT-1002 included", () => {
    const codes = catalog("identity-platform").errors.map((e) => e.code);
    expect(codes.indexOf("AUT-1003")).toBe(codes.indexOf("AUT-1002") - 1);
    expect(catalog("auth-service").errors[0]?.code).toBe("AUTH_001");
    expect(catalog("auth-service").errors.at(-1)?.code).toBe("SRV_003");
  });
});
