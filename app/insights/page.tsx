import type { Metadata } from "next";
import { catalogDir, getCatalogs } from "@/lib/catalog/repository";
import { catalogSpecDrift } from "@/lib/openapi/catalog-specs";
import { DriftReport } from "@/components/drift-report";
import { findInsights } from "@/lib/insights";
import { InsightList } from "@/components/insight-list";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Consistency report · Errata",
  description: "Where the catalogs contradict themselves or each other: statuses, messages, naming and gaps.",
  alternates: { canonical: routes.insights() },
};

export default async function InsightsPage() {
  const catalogs = getCatalogs();
  const drift = await catalogSpecDrift(catalogDir(), catalogs);
  const findings = findInsights(catalogs);
  const acknowledged = findings.filter((f) => f.acknowledged).length;
  const names = Object.fromEntries(catalogs.map((c) => [c.slug, c.service.name]));
  return (
    <article className="prose">
      <p className="eyebrow">Consistency report</p>
      <h1>Insights</h1>
      <p className="lede">
        {findings.length} findings across {catalogs.length} catalogs: {findings.length - acknowledged} open, {acknowledged} acknowledged.
        Statuses that contradict their meaning, one meaning with different statuses, identical messages, broken naming conventions and
        missing codes.
      </p>
      <p>
        These are warnings, not build failures. <code>npm run lint:catalogs</code> prints the same list. A catalog acknowledges a finding by
        naming its id under <code>acknowledged</code> with a reason; it then stays listed, marked acknowledged.
      </p>
      <InsightList findings={findings} catalogNames={names} />
      <section aria-labelledby="openapi-drift">
        <h2 id="openapi-drift">OpenAPI drift</h2>
        <p>
          A catalog with its API&apos;s spec beside it (<code>content/catalogs/{"{slug}"}.openapi.yaml</code>) is compared with it here, as{" "}
          <code>npm run drift -- --openapi FILE</code> does: codes the spec returns that the catalog lacks, routes that do not return their
          codes, statuses that differ and bodies that do not fit the envelope.
        </p>
        {drift.length ? (
          drift.map((d) => <DriftReport key={d.slug} drift={d} catalogName={names[d.slug] ?? d.slug} />)
        ) : (
          <p className="muted">No catalog has a spec beside it.</p>
        )}
      </section>
    </article>
  );
}
