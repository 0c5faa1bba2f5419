import { fillMessage } from "../catalog/model";
import type { FormatModule } from "./types";

/** Accounts API: `{code: "domain:reason", message, details?}`, details only in development mode. */
export const domainReason: FormatModule = {
  id: "domain-reason",
  label: "domain:reason",
  typeName: "DomainReasonBody",
  contentType: "application/json",
  inputs: { mode: true, details: "development", timestamp: false, requestId: false },
  render({ entry, values, mode, details }) {
    const body: { code: string; message: string; details?: unknown } = { code: entry.code, message: fillMessage(entry, values) };
    // null is a value a client may send (?details=null), not a missing one.
    if (mode === "development") body.details = details === undefined ? { code: entry.code } : details;
    return body;
  },
};
