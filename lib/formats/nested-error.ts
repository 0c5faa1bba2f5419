import { fillMessage } from "../catalog/model";
import type { FormatModule } from "./types";

/** Auth Service: `{"error": {code, message, details?}}`, details only for validation errors. */
export const nestedError: FormatModule = {
  id: "nested-error",
  label: "Nested error object",
  typeName: "NestedErrorBody",
  contentType: "application/json",
  inputs: { mode: false, details: "validation", timestamp: false, requestId: false },
  render({ entry, values, details }) {
    const error: { code: string; message: string; details?: unknown } = { code: entry.code, message: fillMessage(entry, values) };
    if (entry.validation && details !== undefined) error.details = details;
    return { error };
  },
};
