import type { Catalog } from "@/lib/catalog/schema";
import type { Entry } from "@/lib/catalog/model";
import { envelopesFor } from "@/lib/formats";
import { typeSnippet } from "@/lib/formats/snippet";
import { mockResponse, responseHead } from "@/lib/mock/respond";
import { mockTarget } from "@/lib/mock/target";
import { SITE_ORIGIN } from "@/lib/site";
import { CopyButton } from "../copy-button.client";
import { curlCommand, mockUrl } from "@/lib/mock/curl";
import { JsonCode } from "./json-code";
import { TryItLoader } from "./try-it-loader.client";
import "./try-it.css";
import { routes } from "@/lib/routes";

/**
 * The "Try it" region: the default response, rendered on the server so it reads without JavaScript,
 * swapped for the interactive panel once the browser is idle.
 */
export function TryItSection({ entry, catalog }: { entry: Entry; catalog: Catalog }) {
  const target = mockTarget(catalog, entry);
  const response = mockResponse(target, "");
  const path = routes.mock(catalog.slug, entry.code);
  const curl = curlCommand(mockUrl(SITE_ORIGIN, path, ""));
  const snippets = Object.fromEntries(envelopesFor(target.envelope).map((e) => [e.id, typeSnippet(e)]));
  const format = target.envelope;
  return (
    <section id="try-it" aria-labelledby="try-it-heading" className="tryit">
      <h2 id="try-it-heading">Try it</h2>
      <TryItLoader target={target} path={path} publicOrigin={process.env.ERRATA_ORIGIN?.replace(/\/+$/, "")} snippets={snippets}>
        <div className="tryit-static">
          <p className="muted">
            {response.refusal
              ? `The mock endpoint needs more to answer ${entry.code} (below). With JavaScript, you can give it here.`
              : `The response a client receives for ${entry.code} in the catalog’s ${format.label} format, with example values.`}{" "}
            With JavaScript, you can change the format and every value here.
          </p>
          <pre className="tryit-head" aria-label="Status line and headers">
            {responseHead(response)}
          </pre>
          <JsonCode text={response.body} label={`Response body for ${entry.code}`} />
          <div className="tryit-actions">
            <CopyButton text={response.body} label="Copy body" ariaLabel={`Copy body of the ${entry.code} response`} />
            <a href={path}>Open from the mock endpoint</a>
          </div>
          <pre className="tryit-curl">
            <code>{curl}</code>
          </pre>
        </div>
      </TryItLoader>
    </section>
  );
}
