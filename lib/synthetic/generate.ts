import type { Catalog, ErrorEntry, EnvelopeFormat } from "../catalog/schema";
import { seededRandom } from "./random";

/**
 * Synthetic catalogs for benchmarks and scale tests: realistic codes, domains, statuses and messages,
 * deterministic for a given seed. Never written into content/.
 */
export interface SyntheticOptions {
  /** Total codes across all catalogs. */
  codes: number;
  /** Number of catalogs to spread them over (default: one per 2,000 codes, at least 1). */
  catalogs?: number;
  /** How many domains to use (default and at most all 12). */
  domains?: number;
  seed?: number;
}

const DOMAINS = ["auth", "token", "user", "session", "billing", "tenant", "invoice", "webhook", "storage", "quota", "mfa", "oauth"];
const NOUNS = ["token", "password", "session", "account", "invoice", "webhook", "tenant", "key", "quota", "file", "scope", "client"];
const PROBLEMS = [
  ["is missing", 400],
  ["is invalid", 400],
  ["has expired", 401],
  ["is not allowed for this user", 403],
  ["was not found", 404],
  ["already exists", 409],
  ["is too large", 413],
  ["failed validation", 422],
  ["was rate limited", 429],
  ["could not be saved", 500],
  ["is temporarily unavailable", 503],
  ["timed out upstream", 504],
] as const;
const FORMATS: EnvelopeFormat[] = ["nested-error", "flat-error-code", "domain-reason", "detail-wrapper", "code-title-message"];
const EXAMPLES: Record<EnvelopeFormat, string> = {
  "nested-error": '{"error": {"code": "X", "message": "m"}}',
  "flat-error-code": '{"error": "m", "error_code": "X", "timestamp": "2024-01-01T00:00:00Z"}',
  "domain-reason": '{"code": "d:r", "message": "m"}',
  "detail-wrapper": '{"detail": {"status": "error", "code": "X", "message": "m"}}',
  "code-title-message": '{"code": "X", "title": "t", "message": "m"}',
};

function codeFor(format: EnvelopeFormat, domain: string, noun: string, index: number): string {
  const n = String(index).padStart(5, "0");
  switch (format) {
    case "domain-reason":
      return `${domain}:${noun}_${n}`;
    case "code-title-message":
      return `${domain.slice(0, 3).toUpperCase()}-${n}`;
    case "flat-error-code":
      return `${domain}_${noun}_${n}`;
    default:
      return `${domain.toUpperCase()}_${noun.toUpperCase()}_${n}`;
  }
}

function entryFor(format: EnvelopeFormat, index: number, next: () => number, domains: readonly string[]): ErrorEntry {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const domain = pick(domains);
  const noun = pick(NOUNS);
  const [problem, status] = pick(PROBLEMS);
  const withPlaceholder = next() < 0.2;
  const entry: ErrorEntry = {
    code: codeFor(format, domain, noun, index),
    status,
    domain,
    message: withPlaceholder ? `The ${noun} %v ${problem}.` : `The ${domain} ${noun} ${problem}.`,
  };
  if (withPlaceholder) entry.placeholders = [{ name: "value", example: `${noun}_${index}` }];
  if (format === "code-title-message") entry.title = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${problem}`;
  if (next() < 0.3) entry.route = `/v1/${domain}/${noun}s`;
  return entry;
}

export function syntheticCatalogs({ codes, catalogs, domains: domainCount, seed = 1 }: SyntheticOptions): Catalog[] {
  const domainNames = DOMAINS.slice(0, Math.max(1, Math.min(DOMAINS.length, domainCount ?? DOMAINS.length)));
  const count = Math.max(1, catalogs ?? Math.ceil(codes / 2000));
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, c) => {
    const format = FORMATS[c % FORMATS.length]!;
    const size = Math.floor(codes / count) + (c < codes % count ? 1 : 0);
    const errors = Array.from({ length: size }, (_, i) => entryFor(format, c * 1_000_000 + i, next, domainNames));
    const domains = [...new Set(errors.map((e) => e.domain))].map((name) => ({ name }));
    return {
      slug: `synthetic-${c + 1}`,
      service: { name: `Synthetic Service ${c + 1}`, documented: false },
      description: `A generated catalog of ${size} codes for benchmarks.`,
      envelope: { format, example: EXAMPLES[format], documented: false },
      domains,
      errors,
    };
  });
}
