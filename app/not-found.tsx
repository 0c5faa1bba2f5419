import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link.client";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Page not found · Errata" };

export default function NotFound() {
  return (
    <section className="prose">
      <h1>Page not found</h1>
      <p>There is no page at this address. Browse the catalogs from the sidebar, or see every code on one page.</p>
      <p>
        <IntentLink href={routes.allCodes()}>All error codes</IntentLink> · <IntentLink href="/">Home</IntentLink>
      </p>
    </section>
  );
}
