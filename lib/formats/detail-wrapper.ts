import { fillMessage } from "../catalog/model";
import type { FormatModule } from "./types";

/** Auth Backend: `{"detail": {status: "error", code, message}}`. */
export const detailWrapper: FormatModule = {
  id: "detail-wrapper",
  label: "detail wrapper",
  typeName: "DetailWrapperBody",
  contentType: "application/json",
  inputs: { mode: false, details: false, timestamp: false, requestId: false },
  render({ entry, values }) {
    return { detail: { status: "error", code: entry.code, message: fillMessage(entry, values) } };
  },
};
