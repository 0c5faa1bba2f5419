import type { ErrorEntry } from "../catalog/schema";

export interface RenderInput {
  entry: Pick<ErrorEntry, "code" | "status" | "title" | "message" | "placeholders" | "validation">;
  /** Placeholder values by name; missing ones take the declared example. */
  values?: Record<string, string>;
  mode?: "development" | "production";
  /** Validation details (a JSON value), shown where the format has them. */
  details?: unknown;
  timestamp?: string;
  requestId?: string;
  /** The concrete status sent, for formats that repeat it in the body. */
  status?: number;
  /** Absolute origin for URIs in the body (RFC 9457 `type`). */
  origin?: string;
}

export interface FormatModule {
  id: string;
  label: string;
  /** Name of the TypeScript type generated for this envelope's body (lib/formats/snippet.ts). */
  typeName: string;
  contentType: string;
  /** Which inputs change this format's body. */
  inputs: {
    mode: boolean;
    /** Where the body carries details: for validation errors only, in development mode only, or never. */
    details: "validation" | "development" | false;
    timestamp: boolean;
    requestId: boolean;
  };
  render(input: RenderInput): unknown;
}

export const DEFAULT_TIMESTAMP = "2025-01-15T10:30:00Z";
export const DEFAULT_REQUEST_ID = "req_7f3a9c2e41d8";
