import { fillMessage } from "../catalog/model";
import { concreteStatus, reasonPhrase } from "../http-status";
import { renderTemplate, type SlotValues } from "./template";
import { DEFAULT_REQUEST_ID, DEFAULT_TIMESTAMP, type Envelope, type RenderInput } from "./types";

/** Example details for validation errors, shaped like a zod parse failure. */
export const EXAMPLE_DETAILS = { issues: [{ path: ["name"], message: "Required" }] };

/** {{details}}'s value under the envelope's rule: undefined leaves the key out. */
function detailsValue(envelope: Envelope, input: RenderInput): unknown {
  switch (envelope.inputs.details) {
    case "validation":
      return input.entry.validation ? input.details : undefined;
    case "development":
      // null is a value a client may send (?details=null), not a missing one.
      return input.mode === "development" ? (input.details === undefined ? { code: input.entry.code } : input.details) : undefined;
    default:
      return undefined;
  }
}

/** The values of every slot for one code and one set of inputs. */
export function slotValues(envelope: Envelope, input: RenderInput): SlotValues {
  const { entry } = input;
  const status = input.status ?? concreteStatus(entry.status);
  const title =
    entry.title ??
    (envelope.titleFallback === "code"
      ? entry.code
      : envelope.titleFallback === "reason-phrase" && status !== undefined
        ? reasonPhrase(status)
        : undefined);
  return {
    code: entry.code,
    message: fillMessage(entry, input.values),
    title,
    status,
    domain: entry.domain,
    url: entry.url,
    short_url: entry.shortUrl,
    request_id: input.requestId ?? DEFAULT_REQUEST_ID,
    timestamp: input.timestamp ?? DEFAULT_TIMESTAMP,
    details: detailsValue(envelope, input),
    vars: entry.vars,
  };
}

/** One code's response body in an envelope. */
export function renderBody(envelope: Envelope, input: RenderInput): unknown {
  return renderTemplate(envelope.template, slotValues(envelope, input));
}
