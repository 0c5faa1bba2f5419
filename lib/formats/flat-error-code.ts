import { fillMessage } from "../catalog/model";
import { DEFAULT_TIMESTAMP, type FormatModule } from "./types";

/** AuthOS: flat `{error, error_code, timestamp}`. */
export const flatErrorCode: FormatModule = {
  id: "flat-error-code",
  label: "Flat error / error_code",
  typeName: "FlatErrorCodeBody",
  contentType: "application/json",
  inputs: { mode: false, details: false, timestamp: true, requestId: false },
  render({ entry, values, timestamp }) {
    return { error: fillMessage(entry, values), error_code: entry.code, timestamp: timestamp ?? DEFAULT_TIMESTAMP };
  },
};
