import { formatCodePath, schemasAt, type PathToken } from "./code-path";
import { MESSAGE_NAMES } from "./infer-template";
import type { SpecResponse } from "./responses";

/**
 * An envelope template read off a body schema, for specs that show no example: the code's property becomes
 * {{code}} ({{code | number}} for a number), a message-like text property {{message}}, and `title`, a status, a
 * date-time and a request id their slots. Other properties are left out, with a notice naming them.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const typesOf = (schemas: Json[]) => new Set(schemas.flatMap((s) => (Array.isArray(s.type) ? s.type : [s.type]).map(String)));

export function schemaTemplate(
  responses: readonly SpecResponse[],
  codePath: readonly PathToken[],
  /** The code is the last segment of a URI starting with this. */
  uriPrefix?: string,
): { template: unknown; notices: string[] } | undefined {
  const schema = responses.flatMap((r) => r.media.map((m) => m.schema)).find((s) => schemasAt(s, codePath).length > 0);
  if (schema === undefined) return undefined;
  const left: string[] = [];
  let message = false;
  const build = (path: PathToken[], depth: number): unknown => {
    const here = schemasAt(schema, path);
    const properties = Object.fromEntries(here.flatMap((s) => (isObject(s.properties) ? Object.entries(s.properties) : [])));
    const out: Json = {};
    for (const key of Object.keys(properties)) {
      const at = [...path, key];
      const sub = schemasAt(schema, at);
      const types = typesOf(sub);
      const onPath = codePath.length > at.length && at.every((t, i) => codePath[i] === t);
      if (at.length === codePath.length && at.every((t, i) => codePath[i] === t)) {
        out[key] =
          uriPrefix !== undefined ? `${uriPrefix}{{code}}` : types.has("integer") || types.has("number") ? "{{code | number}}" : "{{code}}";
      } else if (onPath && depth < 6) {
        out[key] = build(at, depth + 1);
      } else if (types.has("string") && !message && MESSAGE_NAMES.includes(key) && key !== "title") {
        out[key] = "{{message}}";
        message = true;
      } else if (key === "title" && types.has("string")) out[key] = "{{title}}";
      else if (/^(?:status|status_?code|http_?status)$/i.test(key) && (types.has("integer") || types.has("number")))
        out[key] = "{{status}}";
      else if (types.has("string") && sub.some((s) => s.format === "date-time")) out[key] = "{{timestamp}}";
      else if (/^(?:request[-_]?id|trace[-_]?id|correlation[-_]?id)$/i.test(key)) out[key] = "{{request_id}}";
      else left.push(formatCodePath(at));
    }
    return out;
  };
  const template = build([], 0);
  const notices = left.length ? [`left out of the template (no example shows their values): ${left.join(", ")}`] : [];
  if (!message) notices.push("the schema has no message property (message, detail, error_description…); the template carries no message");
  return { template, notices };
}
