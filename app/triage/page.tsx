import type { Metadata } from "next";
import { TriageApp } from "@/components/triage/triage-app.client";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Triage a log · Errata",
  description: "Paste or drop a whole log, HAR file or ticket thread and get every error code in it explained.",
  alternates: { canonical: routes.triage() },
};

/** A log in, every error code in it out: found by the same engine as search, in a worker, in the browser. */
export default function TriagePage() {
  return (
    <article className="triage-page">
      <p className="eyebrow">Triage</p>
      <h1>Every error in a log, explained</h1>
      <p className="lede">
        Paste or drop a log excerpt, a HAR file or a ticket thread. Errata finds each error body in any catalog&apos;s envelope, codes named
        in text and filled-in messages, and lists every distinct code with its count, where it occurs and what to do.
      </p>
      <p className="callout callout-note">
        <strong>Nothing is uploaded.</strong> The log is read in your browser, in a background worker, and stays there. A share link holds
        the findings, never the log.
      </p>
      <TriageApp />
      <p className="muted">
        For a CI job or a shell: <code>npm run triage -- FILE… [--json] [--fail-on-undocumented]</code>. For a service:{" "}
        <code>POST {routes.apiTriage()}</code> with the text as <code>text/plain</code>.
      </p>
    </article>
  );
}
