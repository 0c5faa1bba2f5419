import type { Catalog } from "@/lib/catalog/schema";
import { openApiUseSnippet } from "@/lib/openapi/use-snippet";
import { routes } from "@/lib/routes";
import { JsonBlock } from "./json-block";

/** How to pull a catalog's error responses into an API's own OpenAPI spec; closed until asked for. */
export function OpenApiUse({ catalog }: { catalog: Catalog }) {
  const file = `${catalog.slug}.openapi.json`;
  return (
    <details className="openapi-use">
      <summary>Use these errors in your OpenAPI spec</summary>
      <p>
        <a href={routes.download(file)} download={file}>
          <code>{file}</code>
        </a>{" "}
        holds every code as OpenAPI 3.1: the envelope&apos;s schema, one response per status with a named example per code, and the
        operations of codes that name a route. Reference its responses from your own spec:
      </p>
      <JsonBlock code={openApiUseSnippet(catalog)} lang="yaml" label={`Referencing ${catalog.service.name}'s error responses`} />
    </details>
  );
}
