import { IntentLink } from "@/components/intent-link.client";
import { KIND_LABELS, type Finding, type FindingKind } from "@/lib/insights";
import { StatusBadge } from "./status-badge";
import "./insight-list.css";
import { routes } from "@/lib/routes";

/** Findings grouped by kind; each names its codes as links, and acknowledged ones say who acknowledged them and why. */
export function InsightList({ findings, catalogNames }: { findings: Finding[]; catalogNames: Record<string, string> }) {
  const kinds = Object.keys(KIND_LABELS) as FindingKind[];
  return (
    <>
      {kinds.map((kind) => {
        const group = findings.filter((f) => f.kind === kind);
        if (!group.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>
              {KIND_LABELS[kind]} <span className="muted">({group.length})</span>
            </h2>
            <ul className="insight-list">
              {group.map((f) => (
                <li key={f.id} id={f.id} className={`insight${f.acknowledged ? " insight-acknowledged" : ""}`}>
                  <p className="insight-head">
                    <span className={`insight-state ${f.acknowledged ? "state-ack" : "state-warn"}`}>
                      {f.acknowledged ? "Acknowledged" : "Warning"}
                    </span>{" "}
                    <strong>{f.title}</strong>
                  </p>
                  <p>{f.detail}</p>
                  {f.acknowledged && (
                    <p className="insight-reason">
                      Acknowledged by {catalogNames[f.acknowledged.catalog] ?? f.acknowledged.catalog}: {f.acknowledged.reason}
                    </p>
                  )}
                  {f.codes.length > 0 ? (
                    <ul className="insight-codes" aria-label={`Codes involved in ${f.id}`}>
                      {f.codes.map((c) => (
                        <li key={`${c.catalog}/${c.code}`}>
                          <IntentLink href={c.url}>
                            <code>{c.code}</code>
                          </IntentLink>{" "}
                          <StatusBadge status={c.status} />{" "}
                          <span className="muted insight-catalog">{catalogNames[c.catalog] ?? c.catalog}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>
                      {f.catalogs.map((slug) => (
                        <IntentLink key={slug} href={routes.catalog(slug)}>
                          {catalogNames[slug] ?? slug}
                        </IntentLink>
                      ))}
                    </p>
                  )}
                  <p className="muted insight-id">
                    Id: <code>{f.id}</code>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
