import type { Catalog } from "@/lib/catalog/schema";
import type { Entry } from "@/lib/catalog/model";
import { envelopesFor } from "@/lib/formats";
import { typeSnippet } from "@/lib/formats/snippet";
import { mockResponse } from "@/lib/mock/respond";
import { defaultRaw, queryParameters } from "@/lib/mock/query";
import { mockTarget, onOrigin } from "@/lib/mock/target";
import { curlCommand, mockUrl } from "@/lib/mock/curl";
import { PUBLIC_ORIGIN } from "@/lib/site";
import { routes } from "@/lib/routes";
import { TryItLoader } from "./try-it-loader.client";
import { TryItView } from "./try-it-view";
import "./try-it.css";

/**
 * The "Try it" region. The server renders the panel itself with its defaults and its controls disabled, so it reads
 * without JavaScript and the interactive panel, loaded when the browser is idle, takes its place without moving
 * anything. Without a configured origin the page's URLs are paths until the panel knows where the page is served.
 */
export function TryItSection({ entry, catalog }: { entry: Entry; catalog: Catalog }) {
  const target = mockTarget(catalog, entry, "");
  const shown = onOrigin(target, PUBLIC_ORIGIN ?? "");
  const path = routes.mock(catalog.slug, entry.code);
  const snippets = Object.fromEntries(envelopesFor(target.envelope).map((e) => [e.id, typeSnippet(e)]));
  return (
    <section id="try-it" aria-labelledby="try-it-heading" className="tryit">
      <h2 id="try-it-heading" tabIndex={-1}>
        Try it
      </h2>
      <noscript>
        <p className="muted">With JavaScript, you can change the format and every value here.</p>
      </noscript>
      <TryItLoader target={target} path={path} publicOrigin={PUBLIC_ORIGIN} snippets={snippets} parameters={queryParameters(target)}>
        <TryItView
          target={shown}
          raw={defaultRaw(shown)}
          response={mockResponse(shown, "")}
          curl={curlCommand(mockUrl(PUBLIC_ORIGIN ?? "", path, ""))}
          href={path}
          snippets={snippets}
        />
      </TryItLoader>
    </section>
  );
}
