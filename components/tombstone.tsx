import { IntentLink } from "@/components/intent-link.client";
import type { Catalog } from "@/lib/catalog/schema";
import type { ShortTarget } from "@/lib/short-links";
import { seeUrl } from "@/lib/short-links/repository";
import { CodeBreadcrumb } from "./code-breadcrumb";
import "./code-links.css";

/** What stays at a removed code's URL: when it went, why, and where to look instead. */
export function Tombstone({ target, catalog }: { target: ShortTarget; catalog: Catalog }) {
  return (
    <article className="code-page tombstone">
      <CodeBreadcrumb catalog={catalog} code={target.code} />
      <h1>
        <code>{target.code}</code> <span className="badge badge-removed">Removed</span>
      </h1>
      <p className="tombstone-summary">
        {catalog.service.name} removed this code in {target.removedIn}.
        {target.see && (
          <>
            {" "}
            See <SeeLink href={seeUrl(catalog.slug, target.see)} label={target.see} />.
          </>
        )}
      </p>
      {target.message && <p>{target.message}</p>}
    </article>
  );
}

/** The replacement a removed code names: a link when it stays on this site, else its text. */
function SeeLink({ href, label }: { href: string | undefined; label: string }) {
  return href ? <IntentLink href={href}>{label}</IntentLink> : <code>{label}</code>;
}
