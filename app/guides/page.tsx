import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link.client";
import { guides } from "@/content/guides";
import "@/components/guide/guide.css";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Guides · Errata",
  description: "Hand-written guides: handling these errors in a client, and adding a catalog.",
  alternates: { canonical: routes.guides() },
};

export default function GuidesPage() {
  return (
    <article className="prose">
      <h1>Guides</h1>
      <ul className="guide-index">
        {guides.map((g) => (
          <li key={g.slug}>
            <h2>
              <IntentLink href={routes.guide(g.slug)}>{g.title}</IntentLink>
            </h2>
            <p className="muted">{g.description}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
