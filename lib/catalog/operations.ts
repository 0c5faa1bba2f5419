import type { ErrorEntry } from "./schema";
import { namesServerFault } from "./server-fault";
import { concreteStatus } from "../http-status";

export const retryAdvices = ["with-backoff", "after-reauth", "after-fix", "no"] as const;
export type RetryAdvice = (typeof retryAdvices)[number];

export interface Operations {
  retry: RetryAdvice;
  /** One line a client author or on-call engineer can act on. */
  guidance: string;
  /** True when the guidance comes from the catalog's own `action`, not from the status. */
  documented: boolean;
}

const RETRY_LABEL: Record<RetryAdvice, string> = {
  no: "No",
  "after-fix": "Only after changing the request",
  "with-backoff": "Yes, with exponential backoff",
  "after-reauth": "After re-authenticating",
};

export function retryLabel(advice: RetryAdvice): string {
  return RETRY_LABEL[advice];
}

/**
 * What a code means for operations. The catalog's documented action wins; otherwise the advice follows
 * from the HTTP status, the way RFC 9110 defines each class.
 */
export function operationsOf(
  entry: Pick<ErrorEntry, "status" | "action"> & Partial<Pick<ErrorEntry, "code" | "title" | "message">>,
): Operations {
  const derived = isServerFaultAs4xx(entry) ? serverFaultAsClientError(entry.status) : fromStatus(entry.status);
  return entry.action ? { ...derived, guidance: entry.action, documented: true } : derived;
}

function isServerFaultAs4xx({ status, code, title, message }: Partial<Pick<ErrorEntry, "status" | "code" | "title" | "message">>): boolean {
  return String(status).startsWith("4") && code !== undefined && message !== undefined && namesServerFault({ code, title, message });
}

/** A 4xx whose code or message names a server fault (system:internal_error as 400): advice for what it is, not its status. */
function serverFaultAsClientError(status: ErrorEntry["status"]): Operations {
  return {
    retry: "with-backoff",
    guidance: `Documented as ${status}, but it names a server fault the client cannot fix: treat it as a 5xx. Retry idempotent requests with exponential backoff; alert if it persists.`,
    documented: false,
  };
}

function fromStatus(status: ErrorEntry["status"]): Operations {
  const s = concreteStatus(status);
  if (s === undefined) {
    return {
      retry: "no",
      guidance: "The API sends this code without an HTTP status: act on the code itself, as its meaning says; do not retry blindly.",
      documented: false,
    };
  }
  if (s < 400) {
    return {
      retry: "no",
      guidance: `Sent with ${typeof status === "string" ? `a ${status} status` : s}, which is not an error status: the request was received, and the code says what happened. Act on the code; resending changes nothing.`,
      documented: false,
    };
  }
  if (s === 429) {
    return {
      retry: "with-backoff",
      guidance: "Rate limited: wait (honour Retry-After if sent), then retry with exponential backoff and jitter.",
      documented: false,
    };
  }
  if (s === 503) {
    return {
      retry: "with-backoff",
      guidance:
        "Temporarily unavailable: wait as long as Retry-After says if it is sent, else retry with exponential backoff; alert if it persists.",
      documented: false,
    };
  }
  if (s === 502 || s === 504 || s === 500) {
    return {
      retry: "with-backoff",
      guidance: "Server-side failure: retry idempotent requests with exponential backoff; alert if it persists.",
      documented: false,
    };
  }
  if (s >= 500)
    return {
      retry: "with-backoff",
      guidance: "Server-side failure: retry idempotent requests with backoff; check the service's health.",
      documented: false,
    };
  if (s === 401) {
    // 401 covers expired tokens as well as wrong passwords, unverified emails and pending MFA: the advice must hold for all.
    return {
      retry: "after-reauth",
      guidance:
        "Not authenticated: do not resend it unchanged. Refresh the token, or have the user sign in again and complete any step the message asks for (a password, an MFA code, a verified email), then retry once.",
      documented: false,
    };
  }
  if (s === 408) return { retry: "with-backoff", guidance: "The request timed out: retry with backoff.", documented: false };
  if (s === 409)
    return {
      retry: "after-fix",
      guidance: "Conflicts with the current state of the resource: re-read it and resolve the conflict before retrying.",
      documented: false,
    };
  if (s === 403 || s === 404 || s === 410)
    return {
      retry: "no",
      guidance: "Retrying the same request gives the same answer: check identifiers and permissions.",
      documented: false,
    };
  return {
    retry: "after-fix",
    guidance: "The request itself is wrong: fix it before sending it again; do not retry unchanged.",
    documented: false,
  };
}
