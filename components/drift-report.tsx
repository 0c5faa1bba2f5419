import { IntentLink } from "@/components/intent-link.client";
import { statusLabel } from "@/lib/http-status";
import type { CatalogSpecDrift } from "@/lib/openapi/catalog-specs";
import { driftCount } from "@/lib/openapi/drift";
import { routes } from "@/lib/routes";
import "./insight-list.css";

type Status = Parameters<typeof statusLabel>[0];
const status = (s: Status | null) => statusLabel(s ?? undefined);

/**
 * Where a catalog and the OpenAPI spec kept next to it disagree (`npm run drift` prints the same), one list per kind;
 * each finding names the JSON pointer in the spec to look at.
 */
export function DriftReport({ drift, catalogName }: { drift: CatalogSpecDrift; catalogName: string }) {
  const { slug, file, report, problems } = drift;
  const id = `drift-${slug}`;
  const code = (c: string) => (
    <IntentLink href={routes.code(slug, c)}>
      <code>{c}</code>
    </IntentLink>
  );
  const at = (pointer: string) => <code className="insight-pointer">{`${file}#${pointer}`}</code>;
  return (
    <section aria-labelledby={id} className="drift">
      <h3 id={id}>
        {catalogName} and <code>{file}</code> <span className="muted">({report ? `${driftCount(report)} differences` : "unreadable"})</span>
      </h3>
      {problems.length > 0 && (
        <ul className="insight-codes" aria-label={`Problems reading ${file}`}>
          {problems.map((p) => (
            <li key={`${p.pointer}:${p.message}`}>
              {at(p.pointer)}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {report && driftCount(report) === 0 && <p>No drift: the spec and the catalog agree.</p>}
      {report && (
        <>
          <DriftList title="In the spec, not in the catalog" items={report.missing}>
            {(m) => (
              <>
                <code>{m.code}</code> {status(m.status ?? null)}
                {m.route ? <> · {m.route}</> : null} · {at(m.pointer)}
              </>
            )}
          </DriftList>
          <DriftList title="In the catalog, not returned by the spec there" items={report.unreturned}>
            {(u) => (
              <>
                {code(u.code)} · {u.route}:{" "}
                {u.reason === "operation absent" ? "the spec has no such operation" : "the operation does not return it"}
              </>
            )}
          </DriftList>
          <DriftList title="Statuses that differ" items={report.statusMismatches}>
            {(s) => (
              <>
                {code(s.code)}: catalog {status(s.catalog)}, spec {status(s.spec)} · {at(s.pointer)}
              </>
            )}
          </DriftList>
          <DriftList title="Example bodies that do not fit the catalog's envelope" items={report.envelope}>
            {(e) => (
              <>
                {at(e.pointer)}: {e.problem}
              </>
            )}
          </DriftList>
        </>
      )}
    </section>
  );
}

function DriftList<T>({ title, items, children }: { title: string; items: readonly T[]; children: (item: T) => React.ReactNode }) {
  if (!items.length) return null;
  return (
    <>
      <h4>
        {title} <span className="muted">({items.length})</span>
      </h4>
      <ul className="insight-codes">
        {items.map((item, i) => (
          <li key={i}>{children(item)}</li>
        ))}
      </ul>
    </>
  );
}
