import { IntentLink } from "@/components/intent-link.client";
import type { ShortTarget } from "@/lib/short-links";
import { StatusBadge } from "./status-badge";
import "./code-links.css";

/** Disambiguation: one code used by several catalogs, each listed with its status and message. */
export function CodeChoices({ targets }: { targets: ShortTarget[] }) {
  const code = targets[0]!.code;
  return (
    <section className="prose code-choices">
      <h1>
        <code>{code}</code> is used by {targets.length} catalogs
      </h1>
      <p>The same code means something in each of these APIs. Pick the one you got it from.</p>
      <ul className="choice-list">
        {targets.map((t) => (
          <li key={`${t.catalog}/${t.code}`} className="choice">
            <IntentLink href={t.url} className="choice-link">
              <code>{t.code}</code> in {t.catalogName}
            </IntentLink>
            {t.kind === "renamed" && <span className="muted"> (renamed from {t.oldCode})</span>}
            {t.kind === "removed" && <span className="muted"> (removed)</span>}
            {t.status !== undefined && <StatusBadge status={t.status} />}
            {t.message && <p className="choice-message">{t.message}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
