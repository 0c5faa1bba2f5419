import { z } from "zod";
import { fillMessage } from "../catalog/model";
import type { FormatModule } from "./types";

export const detailWrapperBodySchema = z.strictObject({
  detail: z.strictObject({ status: z.literal("error"), code: z.string(), message: z.string() }),
});

/** Auth Backend: `{"detail": {status: "error", code, message}}`. */
export const detailWrapper: FormatModule = {
  id: "detail-wrapper",
  label: "detail wrapper",
  typeName: "DetailWrapperBody",
  contentType: "application/json",
  inputs: { mode: false, details: false, timestamp: false, requestId: false },
  schema: detailWrapperBodySchema,
  render({ entry, values }) {
    return { detail: { status: "error", code: entry.code, message: fillMessage(entry, values) } };
  },
};
