"use client";

import { Fragment, useId, useMemo, useState } from "react";
import { CopyButton } from "@/components/copy-button.client";
import { retryLabel } from "@/lib/catalog/operations";
import { statusLabel } from "@/lib/http-status";
import { routes } from "@/lib/routes";
import { toCsv, toJson, toMarkdown } from "@/lib/triage/export";
import { encodeShare } from "@/lib/triage/share";
import type { TriageFinding, TriageResult } from "@/lib/triage/types";
import type { Excerpt } from "./triage-app.client";

interface Props {
  result: TriageResult;
  names: Record<string, string>;
  /** Opened from a share link: no log, so no excerpts. */
  shared: boolean;
  excerpt: (line: number) => Promise<Excerpt>;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const matches = (f: { code: string; title?: string; message?: string; catalog?: string }, q: string, names: Record<string, string>) =>
  !q || [f.code, f.title, f.message, f.catalog && names[f.catalog]].some((t) => t?.toLowerCase().includes(q));

/** Findings grouped by catalog and sorted by count, the undocumented codes, a filter, excerpts, exports and a share link. */
export function TriageResults({ result, names, shared, excerpt }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState<{ key: string; line: number; excerpt?: Excerpt } | undefined>();
  const q = query.trim().toLowerCase();
  const groups = useMemo(() => {
    const byCatalog = new Map<string, TriageFinding[]>();
    for (const f of result.findings) if (matches(f, q, names)) byCatalog.set(f.catalog, [...(byCatalog.get(f.catalog) ?? []), f]);
    return [...byCatalog];
  }, [result, q, names]);
  const undocumented = result.undocumented.filter((u) => matches(u, q, names));
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const shareUrl = `${origin}${routes.triage(encodeShare(result))}`;
  const markdown = toMarkdown(result, { catalogNames: names, origin });

  async function show(key: string, line: number) {
    if (open?.key === key && open.line === line) return setOpen(undefined);
    setOpen({ key, line });
    const text = await excerpt(line);
    setOpen((current) => (current?.key === key && current.line === line ? { ...current, excerpt: text } : current));
  }

  const lineButton = (key: string, line: number) =>
    shared ? (
      <span>{line}</span>
    ) : (
      <button
        type="button"
        className="triage-line"
        aria-expanded={open?.key === key && open.line === line}
        aria-label={`Show line ${line}`}
        onClick={() => void show(key, line)}
      >
        {line}
      </button>
    );

  /** First and last line, each opening its excerpt. */
  const lines = (key: string, t: { firstLine: number; lastLine: number }) => (
    <>
      {lineButton(key, t.firstLine)}
      {t.lastLine !== t.firstLine && <> – {lineButton(key, t.lastLine)}</>}
    </>
  );

  /** The excerpt under a row, when one of its lines is open. */
  const excerptRow = (key: string, colSpan: number) =>
    open?.key === key && (
      <tr className="triage-excerpt-row">
        <td colSpan={colSpan}>
          <ExcerptView excerpt={open.excerpt} line={open.line} />
        </td>
      </tr>
    );

  return (
    <section className="triage-results" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {result.findings.length} {result.findings.length === 1 ? "code" : "codes"} found
        {result.undocumented.length ? `, ${result.undocumented.length} undocumented` : ""}
        {shared ? <span className="muted"> (shared result: the log itself is not in the link)</span> : null}
      </h2>
      <div className="triage-actions">
        <CopyButton className="button" text={shareUrl} label="Copy share link" ariaLabel="Copy share link: the findings, not the log" />
        <CopyButton className="button" text={markdown} label="Copy as Markdown" />
        <span className="muted">Download:</span>
        <button
          type="button"
          className="button"
          aria-label="Download as Markdown"
          onClick={() => download("triage.md", "text/markdown", markdown)}
        >
          Markdown
        </button>
        <button
          type="button"
          className="button"
          aria-label="Download as CSV"
          onClick={() => download("triage.csv", "text/csv", toCsv(result))}
        >
          CSV
        </button>
        <button
          type="button"
          className="button"
          aria-label="Download as JSON"
          onClick={() => download("triage.json", "application/json", toJson(result))}
        >
          JSON
        </button>
      </div>
      <div className="triage-filter">
        <label htmlFor={`${id}-filter`}>Filter findings</label>
        <input id={`${id}-filter`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {groups.map(([catalog, findings]) => (
        <section key={catalog} aria-labelledby={`${id}-${catalog}`}>
          <h3 id={`${id}-${catalog}`}>
            {names[catalog] ?? catalog} <span className="muted">({findings.reduce((n, f) => n + f.count, 0)} occurrences)</span>
          </h3>
          <div className="table-wrap">
            <table className="plain-table triage-table">
              <caption className="sr-only">Codes from {names[catalog] ?? catalog} found in the log</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Status</th>
                  <th scope="col">What it means</th>
                  <th scope="col">Count</th>
                  <th scope="col">First and last line</th>
                  <th scope="col">Retry</th>
                </tr>
              </thead>
              <tbody>
                {findings.map((f) => {
                  const key = `${f.catalog}/${f.code}`;
                  return (
                    <Fragment key={key}>
                      <tr>
                        <th scope="row">
                          {/* A new tab: the findings (and the log in the worker) stay here. */}
                          <a href={f.url} target="_blank" rel="noopener">
                            <code>{f.code}</code>
                            <span className="sr-only"> (opens in a new tab)</span>
                          </a>
                        </th>
                        <td>{statusLabel(f.status ?? undefined)}</td>
                        <td>{f.title ?? f.message}</td>
                        <td>{f.count}</td>
                        <td>{lines(key, f)}</td>
                        <td>{retryLabel(f.retry)}</td>
                      </tr>
                      {excerptRow(key, 6)}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {undocumented.length > 0 && (
        <section aria-labelledby={`${id}-undocumented`}>
          <h3 id={`${id}-undocumented`}>Undocumented codes</h3>
          <p>Bodies in a known envelope whose code no catalog lists: tell the catalog&apos;s owners.</p>
          <div className="table-wrap">
            <table className="plain-table triage-table">
              <caption className="sr-only">Undocumented codes found in the log</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Envelope</th>
                  <th scope="col">Catalogs using it</th>
                  <th scope="col">Count</th>
                  <th scope="col">First and last line</th>
                </tr>
              </thead>
              <tbody>
                {undocumented.map((u) => {
                  const key = `undocumented/${u.code}/${u.envelope}`;
                  return (
                    <Fragment key={key}>
                      <tr>
                        <th scope="row">
                          <code>{u.code}</code>
                        </th>
                        <td>{u.envelope}</td>
                        <td>{u.catalogs.map((c) => names[c] ?? c).join(", ")}</td>
                        <td>{u.count}</td>
                        <td>{lines(key, u)}</td>
                      </tr>
                      {excerptRow(key, 5)}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {!groups.length && !undocumented.length && <p>{q ? "No finding matches the filter." : "No error code found in this log."}</p>}
    </section>
  );
}

/** The lines around one line of the log, that line marked. */
function ExcerptView({ excerpt, line }: { excerpt?: Excerpt; line: number }) {
  if (!excerpt) return <p className="muted">Loading line {line}…</p>;
  return (
    <pre className="triage-excerpt" aria-label={`Lines ${excerpt.first} to ${excerpt.first + excerpt.lines.length - 1} of the log`}>
      {excerpt.lines.map((text, i) => {
        const n = excerpt.first + i;
        return (
          <span key={n} className={n === line ? "triage-excerpt-hit" : undefined}>
            <span className="triage-excerpt-n" aria-hidden="true">
              {n}
            </span>
            {text}
            {"\n"}
          </span>
        );
      })}
    </pre>
  );
}
