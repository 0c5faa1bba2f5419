import { IntentLink } from "@/components/intent-link.client";
import type { ChangelogEntry, CodeFacts } from "@/lib/changelog/diff";
import { codeUrl } from "@/lib/catalog/model";
import { StatusBadge } from "./status-badge";
import { statusLabel } from "@/lib/http-status";
import "./changelog-list.css";

/** A changed value as a reader sees it: a status by its label ("No HTTP status" for none), a message as text. */
function shown(field: "status" | "message", value: string | number | null): string {
  return field === "status" ? statusLabel(value ?? undefined) : String(value);
}

const DATE = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

function CodeLink({ catalog, facts, removed = false }: { catalog: string; facts: CodeFacts; removed?: boolean }) {
  return (
    <>
      <IntentLink href={codeUrl(catalog, facts.code)} className={removed ? "code-removed" : undefined}>
        <code>{facts.code}</code>
      </IntentLink>{" "}
      <StatusBadge status={facts.status} /> {facts.message}
    </>
  );
}

/** One section per commit that changed codes; removed codes link to their code URL, which answers with a tombstone. */
export function ChangelogList({ catalog, entries }: { catalog: string; entries: ChangelogEntry[] }) {
  if (!entries.length) return <p>No changes to codes are recorded.</p>;
  return (
    <ol className="changelog">
      {entries.map((entry) => {
        const date = new Date(entry.date);
        const heading = `changelog-${entry.commit.slice(0, 12)}`;
        return (
          <li key={entry.commit} aria-labelledby={heading}>
            <h2 id={heading}>
              <time dateTime={entry.date}>{Number.isNaN(date.getTime()) ? entry.date : DATE.format(date)}</time>{" "}
              <span className="muted changelog-commit">
                commit <code>{entry.commit.slice(0, 7)}</code>
              </span>
            </h2>
            {entry.added.length > 0 && (
              <section aria-label={`Added on ${entry.date}`}>
                <h3>Added ({entry.added.length})</h3>
                <ul>
                  {entry.added.map((c) => (
                    <li key={c.code}>
                      <CodeLink catalog={catalog} facts={c} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {entry.removed.length > 0 && (
              <section aria-label={`Removed on ${entry.date}`}>
                <h3>Removed ({entry.removed.length})</h3>
                <ul>
                  {entry.removed.map((c) => (
                    <li key={c.code}>
                      <CodeLink catalog={catalog} facts={c} removed />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {entry.changed.length > 0 && (
              <section aria-label={`Changed on ${entry.date}`}>
                <h3>Changed ({entry.changed.length})</h3>
                <ul>
                  {entry.changed.map((c) => (
                    <li key={`${c.code}-${c.field}`}>
                      <IntentLink href={codeUrl(catalog, c.code)}>
                        <code>{c.code}</code>
                      </IntentLink>{" "}
                      {c.field}: <del>{shown(c.field, c.from)}</del> → <ins>{shown(c.field, c.to)}</ins>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </li>
        );
      })}
    </ol>
  );
}
