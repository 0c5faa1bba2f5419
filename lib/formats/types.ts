import type { ErrorEntry, Vars } from "../catalog/schema";
import type { TemplateNode } from "./template";

/** What a body is rendered from: one code, with the facts its envelope's slots can ask for. */
export interface BodyEntry extends Pick<ErrorEntry, "code" | "status" | "title" | "message" | "placeholders" | "validation" | "domain"> {
  vars?: Vars;
  /** Absolute URL of the code's page ({{url}}) and its short link ({{short_url}}). */
  url: string;
  shortUrl: string;
}

/** Which inputs change an envelope's body. */
export interface EnvelopeInputs {
  /** Development and production bodies differ (a built-in format only). */
  mode: boolean;
  /** When {{details}} has a value: for validation errors only, in development mode only, or never. */
  details: "validation" | "development" | false;
  timestamp: boolean;
  requestId: boolean;
}

/**
 * An envelope, compiled: a built-in format or a catalog's own `envelope.template`. Plain data, so the Try it panel
 * receives it as a prop and renders in the browser exactly what the mock endpoint sends.
 */
export interface Envelope {
  /** A built-in format's id (nested-error, rfc9457…), or "catalog" for a catalog's own template. */
  id: string;
  label: string;
  /** Name of the TypeScript type of its body. */
  typeName: string;
  contentType: string;
  template: TemplateNode;
  inputs: EnvelopeInputs;
  /** Built-in formats only: what {{title}} is for a code without a title (otherwise its key is left out). */
  titleFallback?: "code" | "reason-phrase";
}

export interface RenderInput {
  entry: BodyEntry;
  /** Placeholder values by name; missing ones take the declared example. */
  values?: Record<string, string>;
  mode?: "development" | "production";
  /** Validation details (a JSON value), where the envelope has them. */
  details?: unknown;
  timestamp?: string;
  requestId?: string;
  /** The status sent, for envelopes that repeat it in the body. */
  status?: number;
}

export const DEFAULT_TIMESTAMP = "2025-01-15T10:30:00Z";
export const DEFAULT_REQUEST_ID = "req_7f3a9c2e41d8";
