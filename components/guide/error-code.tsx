import { IntentLink } from "@/components/intent-link.client";
import type { Entry } from "@/lib/catalog/model";
import { resolveErrorCode } from "@/lib/guides/references";
import { StatusBadge } from "../status-badge";
import { CodeBreaks } from "../code-breaks";

/**
 * A live reference to a code in a guide: links to its page and shows its status. An unknown code fails the build.
 * `entries` come from the guide page, which binds them (app/guides/[slug]/page.tsx).
 */
export function ErrorCode({ code, catalog, entries }: { code: string; catalog?: string; entries: readonly Entry[] }) {
  const result = resolveErrorCode(entries, code, catalog);
  // With ERRATA_CATALOG_DIR (benchmarks, synthetic catalogs) the guides' codes do not exist; show them unlinked.
  if (!result.entry && process.env.ERRATA_CATALOG_DIR) return <code>{code}</code>;
  if (!result.entry) throw new Error(`<ErrorCode code="${code}"${catalog ? ` catalog="${catalog}"` : ""}/>: ${result.problem}`);
  const { entry } = result;
  return (
    <span className="error-code-ref">
      <IntentLink href={entry.url}>
        <code>
          <CodeBreaks text={entry.code} />
        </code>
      </IntentLink>
      {/* A no-break space: the badge stays with the code; the code itself may wrap after its separators. */}
      {"\u00a0"}
      <StatusBadge status={entry.status} />
    </span>
  );
}
