import type { Metadata } from "next";
import { getCatalogs } from "@/lib/catalog/repository";
import { findInsights } from "@/lib/insights";
import { InsightList } from "@/components/insight-list";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Consistency report · Errata",
  description: "Where the catalogs contradict themselves or each other: statuses, messages, naming and gaps.",
  alternates: { canonical: routes.insights() },
};

export default function InsightsPage() {
  const catalogs = getCatalogs();
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
    </article>
  );
}
