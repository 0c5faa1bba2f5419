import { fillMessage } from "../catalog/model";
import type { FormatModule } from "./types";

/** Identity Platform: `{code, title, message}` with placeholders filled in. */
export const codeTitleMessage: FormatModule = {
  id: "code-title-message",
  label: "code / title / message",
  typeName: "CodeTitleMessageBody",
  contentType: "application/json",
  inputs: { mode: false, details: false, timestamp: false, requestId: false },
  render({ entry, values }) {
    return { code: entry.code, title: entry.title ?? entry.code, message: fillMessage(entry, values) };
  },
};
