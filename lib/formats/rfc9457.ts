import { fillMessage } from "../catalog/model";
import { shortPath } from "../links";
import { concreteStatus, reasonPhrase } from "../http-status";
import { DEFAULT_REQUEST_ID, type FormatModule } from "./types";

/** RFC 9457 problem details; `type` links to the code's page, `code` is an extension member. */
export const rfc9457: FormatModule = {
  id: "rfc9457",
  label: "RFC 9457 problem+json",
  typeName: "ProblemDetails",
  contentType: "application/problem+json",
  inputs: { mode: false, details: false, timestamp: false, requestId: true },
  render({ entry, values, status, requestId, origin }) {
    const sent = status ?? concreteStatus(entry.status);
    return {
      type: `${origin ?? ""}${shortPath(entry.code)}`,
      title: entry.title ?? reasonPhrase(sent),
      status: sent,
      detail: fillMessage(entry, values),
      instance: `urn:request:${requestId ?? DEFAULT_REQUEST_ID}`,
      code: entry.code,
    };
  },
};
