import { z } from "zod";
import { fillMessage } from "../catalog/model";
import type { FormatModule } from "./types";

export const codeTitleMessageBodySchema = z.strictObject({ code: z.string(), title: z.string(), message: z.string() });

/** Identity Platform: `{code, title, message}` with placeholders filled in. */
export const codeTitleMessage: FormatModule = {
  id: "code-title-message",
  label: "code / title / message",
  typeName: "CodeTitleMessageBody",
  contentType: "application/json",
  inputs: { mode: false, details: false, timestamp: false, requestId: false },
  schema: codeTitleMessageBodySchema,
  render({ entry, values }) {
    return { code: entry.code, title: entry.title ?? entry.code, message: fillMessage(entry, values) };
  },
};
