import type { Catalog } from "@/lib/catalog/schema";
import type { Entry } from "@/lib/catalog/model";
import { EXAMPLE_DETAILS, formats } from "@/lib/formats";
import { concreteStatus, reasonPhrase } from "@/lib/http-status";
import { SITE_ORIGIN } from "@/lib/site";
import { JsonBlock } from "./json-block";

/** The response a client receives for this code, in its catalog's envelope, with example values filled in. */
export async function ExampleResponse({ entry, catalog }: { entry: Entry; catalog: Catalog }) {
  const format = formats[catalog.envelope.format];
  const status = concreteStatus(entry.status);
  const body = format.render({
    entry,
    mode: "development",
    details: entry.validation ? EXAMPLE_DETAILS : undefined,
    status,
    origin: SITE_ORIGIN,
  });
  const head = `HTTP/1.1 ${status} ${reasonPhrase(status)}\nContent-Type: ${format.contentType}`;
  return (
    <div className="example-response">
      <pre className="status-line" aria-label="Status line and headers">
        {head}
      </pre>
      <JsonBlock code={JSON.stringify(body, null, 2)} label={`Example ${format.label} body for ${entry.code}`} />
      {typeof entry.status === "string" && (
        <p className="muted">The source documents only “{entry.status}”; this example uses {status}.</p>
      )}
      {format.inputs.mode && <p className="muted">Shown in development mode; in production the body has no details.</p>}
    </div>
  );
}
